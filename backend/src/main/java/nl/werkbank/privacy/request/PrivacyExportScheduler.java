package nl.werkbank.privacy.request;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PrivacyExportScheduler {

    private final PrivacyExportMaintenance maintenance;

    PrivacyExportScheduler(PrivacyExportMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        maintenance.run();
    }
}
