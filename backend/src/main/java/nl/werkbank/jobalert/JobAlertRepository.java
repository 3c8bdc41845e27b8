package nl.werkbank.jobalert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JobAlertRepository implements PanacheRepositoryBase<JobAlert, UUID> {

    public Optional<JobAlert> ofSubject(UUID subjectId) {
        return find("subjectId", subjectId).firstResultOptional();
    }

    public Optional<JobAlert> ofVisitorAddress(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /**
     * Confirmed alerts that may get a digest now (none in the last day) and may have something
     * new (covered until before the newest publication); locked, others' locks skipped.
     */
    @SuppressWarnings("unchecked")
    public List<JobAlert> lockDue(Instant lastDigestBefore, Instant newestPublication, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT * FROM job_alert
                        WHERE confirmed_at IS NOT NULL AND covered_until < :newest
                          AND (last_digest_at IS NULL OR last_digest_at <= :before)
                        ORDER BY covered_until, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """, JobAlert.class)
                .setParameter("newest", newestPublication)
                .setParameter("before", lastDigestBefore)
                .setParameter("limit", limit)
                .getResultList();
    }

    public long deleteForSubject(UUID subjectId) {
        return delete("subjectId", subjectId);
    }
}
