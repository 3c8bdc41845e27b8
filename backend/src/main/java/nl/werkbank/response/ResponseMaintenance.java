package nl.werkbank.response;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.common.ClusterLock;

/** T-1 for responses, once across the cluster: unconfirmed responses go after seven days. */
@ApplicationScoped
public class ResponseMaintenance {

    private final ResponseService responses;
    private final ClusterLock lock;

    ResponseMaintenance(ResponseService responses, ClusterLock lock) {
        this.responses = responses;
        this.lock = lock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("response-maintenance")) {
            return false;
        }
        responses.removeUnverified();
        return true;
    }

    /** The schedule lives in its own bean so that run() is called through its transaction. */
    @ApplicationScoped
    static class Schedule {

        private final ResponseMaintenance maintenance;

        Schedule(ResponseMaintenance maintenance) {
            this.maintenance = maintenance;
        }

        @Scheduled(
                every = "${werkbank.responses.maintenance-interval:10m}",
                concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void run() {
            maintenance.run();
        }
    }
}
