package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, UUID> {

    /**
     * Due messages, locked for this transaction; rows another worker holds are skipped, so two
     * workers never send the same message at the same time.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
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

    /** Newest first, continuing before {@code (createdAt, id)} when given; fetches one extra row. */
    public List<OutboxMessage> pageBefore(
            Optional<OutboxMessage.Status> status, Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        status.ifPresent(s -> {
            query.append(" AND status = :status");
            parameters.and("status", s);
        });
        if (before.isPresent()) {
            query.append(" AND (createdAt < :at OR (createdAt = :at AND id < :id))");
            parameters.and("at", before.get()).and("id", beforeId.orElseThrow());
        }
        query.append(" ORDER BY createdAt DESC, id DESC");
        return find(query.toString(), parameters).page(0, limit + 1).list();
    }

    public List<OutboxMessage> forSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY createdAt", subjectId);
    }

    public long deleteForSubject(UUID subjectId) {
        return delete("subjectId", subjectId);
    }
}
