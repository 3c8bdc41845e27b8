package nl.werkbank.jobalert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class JobAlertConfirmationRepository implements PanacheRepositoryBase<JobAlertConfirmation, String> {

    public long deleteForSubject(UUID subjectId) {
        return delete("subjectId", subjectId);
    }

    public long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
