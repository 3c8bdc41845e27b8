package nl.werkbank.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.WerkbankConfig;
import org.jboss.logging.Logger;

/** Keys older than their retention (24 hours) are removed, once across the cluster (S-8). */
@ApplicationScoped
public class IdempotencyMaintenance {

    private static final Logger LOG = Logger.getLogger(IdempotencyMaintenance.class);

    private final IdempotencyKeys keys;
    private final ClusterLock lock;
    private final WerkbankConfig config;
    private final Clock clock;

    IdempotencyMaintenance(IdempotencyKeys keys, ClusterLock lock, WerkbankConfig config, Clock clock) {
        this.keys = keys;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("idempotency-maintenance")) {
            return false;
        }
        int removed = keys.forgetOlderThan(clock.instant().minus(config.idempotencyRetention()));
        LOG.infof("Idempotency maintenance: %d keys removed", removed);
        return true;
    }
}
