package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.common.ClusterLock;
import org.jboss.logging.Logger;

/** The periodic work of assignments, done once across the cluster (S-8): closing and removing. */
@ApplicationScoped
public class AssignmentMaintenance {

    private static final Logger LOG = Logger.getLogger(AssignmentMaintenance.class);

    private final AssignmentService assignments;
    private final ClusterLock lock;

    AssignmentMaintenance(AssignmentService assignments, ClusterLock lock) {
        this.assignments = assignments;
        this.lock = lock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("assignment-maintenance")) {
            return false;
        }
        int closed = assignments.closeExpired();
        int removed = assignments.removeUnverified();
        LOG.infof("Assignment maintenance: %d closed, %d unverified removed", closed, removed);
        return true;
    }
}
