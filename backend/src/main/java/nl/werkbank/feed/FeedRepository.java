package nl.werkbank.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.feed.FeedViews.FeedItemStatus;

/**
 * Keyset reads of the feed and its bookkeeping tables; plain SQL, the rows are not entities. The
 * feed's entries are read through the {@code EntityManager} the caller passes (the read replica's,
 * issue 14); the bookkeeping is written on the primary.
 */
@ApplicationScoped
public class FeedRepository {

    private final EntityManager entityManager;

    FeedRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Changes after the position, oldest first; {@code limit} rows at most, read through {@code reads}. */
    List<FeedEntry> changesAfter(EntityManager reads, Optional<KeysetCursor> after, int limit) {
        return entries(reads, "", after, limit);
    }

    /** What is published now, in feed order (the XML feed's full snapshot), read through {@code reads}. */
    List<FeedEntry> publishedAfter(EntityManager reads, Optional<KeysetCursor> after, int limit) {
        return entries(reads, " AND status = 'PUBLISHED'", after, limit);
    }

    private List<FeedEntry> entries(EntityManager reads, String condition, Optional<KeysetCursor> after, int limit) {
        String sql = "SELECT assignment_id, status, changed_at FROM feed_entry WHERE true" + condition
                + (after.isPresent() ? " AND (changed_at, assignment_id) > (:at, :id)" : "")
                + " ORDER BY changed_at, assignment_id LIMIT :limit";
        Query query = reads.createNativeQuery(sql, Object[].class).setParameter("limit", limit);
        after.ifPresent(cursor -> query.setParameter("at", cursor.instantKey()).setParameter("id", cursor.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new FeedEntry((UUID) row[0], FeedItemStatus.valueOf((String) row[1]), instant(row[2])))
                .toList();
    }

    void recordPull(FeedClient client, String format, int count, Instant at) {
        entityManager
                .createNativeQuery("INSERT INTO feed_pull (id, client_id, format, item_count, pulled_at)"
                        + " VALUES (:id, :client, :format, :count, :at)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("client", client.clientId())
                .setParameter("format", format)
                .setParameter("count", count)
                .setParameter("at", at)
                .executeUpdate();
    }

    int forgetPullsBefore(Instant cutoff) {
        return entityManager
                .createNativeQuery("DELETE FROM feed_pull WHERE pulled_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    int forgetRateWindowsBefore(Instant cutoff) {
        return entityManager
                .createNativeQuery("DELETE FROM feed_rate_window WHERE window_start < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
