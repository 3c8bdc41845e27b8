package nl.werkbank.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyScheduler {

    private final IdempotencyMaintenance maintenance;

    IdempotencyScheduler(IdempotencyMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Scheduled(
            every = "${werkbank.idempotency-sweep-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        maintenance.run();
    }
}
