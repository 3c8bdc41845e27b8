package nl.werkbank.jobalert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class JobAlertScheduler {

    private final JobAlertService alerts;

    JobAlertScheduler(JobAlertService alerts) {
        this.alerts = alerts;
    }

    /** the first digest within minutes of a matching publication. */
    @Scheduled(every = "${werkbank.job-alerts.interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDigests() {
        alerts.sendDueDigests();
    }

    @Scheduled(
            every = "${werkbank.job-alerts.cleanup-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpiredConfirmations() {
        alerts.deleteExpiredConfirmations();
    }
}
