package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.common.ClusterLock;
import org.jboss.logging.Logger;

/** D-3: deletes export archives after their 7 days, and D-2 unconfirmed requests by e-mail, once across the cluster (S-8). */
@ApplicationScoped
public class PrivacyExportMaintenance {

    private static final Logger LOG = Logger.getLogger(PrivacyExportMaintenance.class);

    private final PrivacyRequestService requests;
    private final PrivacyRequestsByEmail byEmail;
    private final ClusterLock lock;

    PrivacyExportMaintenance(PrivacyRequestService requests, PrivacyRequestsByEmail byEmail, ClusterLock lock) {
        this.requests = requests;
        this.byEmail = byEmail;
        this.lock = lock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("privacy-export-maintenance")) {
            return false;
        }
        LOG.infof("Privacy export maintenance: %d expired archives deleted", requests.deleteExpiredExports());
        LOG.infof("Privacy export maintenance: %d unconfirmed requests by e-mail removed", byEmail.removeUnconfirmed());
        return true;
    }
}
