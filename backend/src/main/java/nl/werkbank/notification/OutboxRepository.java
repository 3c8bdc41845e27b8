package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, UUID> {

    /**
     * Due messages, locked for this transaction; rows another worker holds are skipped, so two
     * workers never send the same message at the same time.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM outbox_message
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """, OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    public List<OutboxMessage> forSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY createdAt", subjectId);
    }

    public long deleteForSubject(UUID subjectId) {
        return delete("subjectId", subjectId);
    }
}
