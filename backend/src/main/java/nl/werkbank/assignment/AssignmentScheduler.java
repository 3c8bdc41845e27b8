package nl.werkbank.assignment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssignmentScheduler {

    private final AssignmentMaintenance maintenance;

    AssignmentScheduler(AssignmentMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Scheduled(
            every = "${werkbank.assignments.maintenance-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        maintenance.run();
    }
}
