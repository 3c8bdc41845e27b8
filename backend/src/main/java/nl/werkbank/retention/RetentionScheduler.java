package nl.werkbank.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** T-4: the daily run and the privacy office's digest; tests call the services directly. */
@ApplicationScoped
public class RetentionScheduler {

    private final RetentionService retention;
    private final RetentionDigest digest;

    RetentionScheduler(RetentionService retention, RetentionDigest digest) {
        this.retention = retention;
        this.digest = digest;
    }

    @Scheduled(
            cron = "${werkbank.retention.cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        retention.runScheduled();
    }

    @Scheduled(
            cron = "${werkbank.retention.digest-cron:0 0 7 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest() {
        digest.send();
    }
}
