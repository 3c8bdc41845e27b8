package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
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

    /** When the oldest message still waiting was queued. */
    public Optional<Instant> oldestPendingSince() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("SELECT min(m.createdAt) FROM OutboxMessage m WHERE m.status = :s", Instant.class)
                .setParameter("s", OutboxMessage.Status.PENDING)
                .getSingleResult());
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

    /** D-4: records that the message carries the personal data of each of these subjects. */
    public void tag(UUID messageId, Collection<UUID> subjectIds) {
        for (UUID subjectId : new LinkedHashSet<>(subjectIds)) {
            getEntityManager()
                    .createNativeQuery("""
                            INSERT INTO outbox_message_subject (message_id, subject_id) VALUES (:m, :s)
                            ON CONFLICT DO NOTHING
                            """)
                    .setParameter("m", messageId)
                    .setParameter("s", subjectId)
                    .executeUpdate();
        }
    }

    /** Messages that carry the subject's data but are held under someone else (a poster's copy). */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> carryingDataOfOthers(UUID subjectId) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT m.* FROM outbox_message m
                        JOIN outbox_message_subject t ON t.message_id = m.id
                        WHERE t.subject_id = :s AND m.subject_id IS DISTINCT FROM :s
                        ORDER BY m.created_at, m.id
                        """, OutboxMessage.class)
                .setParameter("s", subjectId)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> subjectsOf(UUID messageId) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT subject_id FROM outbox_message_subject WHERE message_id = :m ORDER BY subject_id")
                .setParameter("m", messageId)
                .getResultList();
    }

    public void untag(UUID subjectId) {
        getEntityManager()
                .createNativeQuery("DELETE FROM outbox_message_subject WHERE subject_id = :s")
                .setParameter("s", subjectId)
                .executeUpdate();
    }

    /** Sent messages whose content is still kept, sent before the cutoff, in id order after {@code after}. */
    public List<OutboxMessage> sentUnclearedBefore(Instant cutoff, UUID after, int limit) {
        Parameters parameters = Parameters.with("s", OutboxMessage.Status.SENT).and("cutoff", cutoff);
        String afterClause = "";
        if (after != null) {
            afterClause = " AND id > :after";
            parameters.and("after", after);
        }
        return find(
                        "status = :s AND contentClearedAt IS NULL AND sentAt <= :cutoff" + afterClause + " ORDER BY id",
                        parameters)
                .page(0, limit)
                .list();
    }
}
