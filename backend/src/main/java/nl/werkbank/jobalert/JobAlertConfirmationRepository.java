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

    /**
     * S-4: takes the confirmation away and says whether this call did; of two confirmations at
     * once the second waits for the first and then finds nothing to delete.
     */
    public boolean consume(String tokenHash) {
        return delete("tokenHash", tokenHash) == 1;
    }

    public long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
