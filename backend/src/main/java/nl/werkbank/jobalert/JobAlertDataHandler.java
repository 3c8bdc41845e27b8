package nl.werkbank.jobalert;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** D-3, D-4: a saved search, a visitor's address and pending confirmations. */
@ApplicationScoped
public class JobAlertDataHandler implements PersonalDataHandler {

    private final JobAlertRepository alerts;
    private final JobAlertConfirmationRepository confirmations;

    JobAlertDataHandler(JobAlertRepository alerts, JobAlertConfirmationRepository confirmations) {
        this.alerts = alerts;
        this.confirmations = confirmations;
    }

    public record JobAlertExport(
            String email, JobAlertCriteria criteria, Instant confirmedAt, Instant lastDigestAt, Instant createdAt) {}

    @Override
    public String category() {
        return "job-alerts";
    }

    @Override
    public Set<String> tables() {
        return Set.of("job_alert", "job_alert_confirmation");
    }

    @Override
    public Object export(UUID subjectId) {
        return alerts
                .ofSubject(subjectId)
                .map(a -> new JobAlertExport(a.email, a.criteria, a.confirmedAt, a.lastDigestAt, a.createdAt))
                .stream()
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        confirmations.deleteForSubject(subjectId);
        alerts.deleteForSubject(subjectId);
    }
}
