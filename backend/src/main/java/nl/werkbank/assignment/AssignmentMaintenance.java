package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.common.ClusterLock;
import org.jboss.logging.Logger;

/**
 * The periodic work of assignments, done once across the cluster (S-8): closing expired ones and
 * forgetting passed rate-limit windows. Unconfirmed postings are the retention engine's
 * (unverified-submission, T-1).
 */
@ApplicationScoped
public class AssignmentMaintenance {

    private static final Logger LOG = Logger.getLogger(AssignmentMaintenance.class);

    private final AssignmentLifecycle lifecycle;
    private final AssignmentSubmissions submissions;
    private final ClusterLock lock;

    AssignmentMaintenance(AssignmentLifecycle lifecycle, AssignmentSubmissions submissions, ClusterLock lock) {
        this.lifecycle = lifecycle;
        this.submissions = submissions;
        this.lock = lock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("assignment-maintenance")) {
            return false;
        }
        int closed = lifecycle.closeExpired();
        submissions.forgetPassedLimits();
        LOG.infof("Assignment maintenance: %d closed", closed);
        return true;
    }
}
