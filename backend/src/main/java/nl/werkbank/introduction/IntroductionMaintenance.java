package nl.werkbank.introduction;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.werkbank.common.ClusterLock;

/** K-3 retention, once across the cluster: expired requests are erased with their messages. */
@ApplicationScoped
public class IntroductionMaintenance {

    private final IntroductionService introductions;
    private final ClusterLock lock;

    IntroductionMaintenance(IntroductionService introductions, ClusterLock lock) {
        this.introductions = introductions;
        this.lock = lock;
    }

    /** How many requests were erased; -1 when another instance holds the lock and does the work. */
    @Transactional
    public long run() {
        if (!lock.tryLock("introduction-maintenance")) {
            return -1;
        }
        return introductions.eraseExpired();
    }

    /** The schedule lives in its own bean so that run() is called through its transaction. */
    @ApplicationScoped
    static class Schedule {

        private final IntroductionMaintenance maintenance;

        Schedule(IntroductionMaintenance maintenance) {
            this.maintenance = maintenance;
        }

        @Scheduled(
                every = "${werkbank.introductions.maintenance-interval:1h}",
                concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void run() {
            maintenance.run();
        }
    }
}
