package nl.werkbank.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RetentionRunRepository implements PanacheRepositoryBase<RetentionRun, UUID> {

    /** A run's figures for one category, as stored in retention_run_category. */
    public record CategoryFigures(
            UUID runId,
            String category,
            int examined,
            int deleted,
            int anonymised,
            int held,
            int errors,
            long durationMs,
            String lastKey) {}

    /** The run in progress (a real one; dry runs never block another run), locked for this transaction. */
    public Optional<RetentionRun> runningForUpdate() {
        return find("status = ?1 AND dryRun = false", RetentionRun.Status.RUNNING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Whether the digest's scheduled dry run has been made since this moment. */
    public boolean scheduledDryRunSince(Instant since) {
        return count("dryRun = true AND trigger = ?1 AND startedAt >= ?2", RunTrigger.SCHEDULE, since) > 0;
    }

    public RetentionRun lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds a batch's figures to the run's row for the category, creating it on the first batch. */
    public void add(UUID runId, String category, Batch batch) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO retention_run_category
                            (run_id, category, examined, deleted, anonymised, held, errors, last_key)
                        VALUES (:run, :category, :examined, :deleted, :anonymised, :held, :errors, :lastKey)
                        ON CONFLICT (run_id, category) DO UPDATE SET
                            examined = retention_run_category.examined + EXCLUDED.examined,
                            deleted = retention_run_category.deleted + EXCLUDED.deleted,
                            anonymised = retention_run_category.anonymised + EXCLUDED.anonymised,
                            held = retention_run_category.held + EXCLUDED.held,
                            errors = retention_run_category.errors + EXCLUDED.errors,
                            last_key = COALESCE(EXCLUDED.last_key, retention_run_category.last_key)
                        """)
                .setParameter("run", runId)
                .setParameter("category", category)
                .setParameter("examined", batch.examined())
                .setParameter("deleted", batch.deleted())
                .setParameter("anonymised", batch.anonymised())
                .setParameter("held", batch.held())
                .setParameter("errors", batch.errors())
                .setParameter("lastKey", batch.lastKey())
                .executeUpdate();
    }

    public void setDuration(UUID runId, String category, long durationMs) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO retention_run_category (run_id, category, duration_ms) VALUES (:run, :category, :ms)
                        ON CONFLICT (run_id, category) DO UPDATE SET duration_ms = EXCLUDED.duration_ms
                        """)
                .setParameter("run", runId)
                .setParameter("category", category)
                .setParameter("ms", durationMs)
                .executeUpdate();
    }

    /** Figures per run and category, categories in order. */
    @SuppressWarnings("unchecked")
    public List<CategoryFigures> figures(Collection<UUID> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        SELECT run_id, category, examined, deleted, anonymised, held, errors, duration_ms, last_key
                        FROM retention_run_category WHERE run_id IN (:runs) ORDER BY category
                        """)
                .setParameter("runs", runIds)
                .getResultList();
        return rows.stream()
                .map(row -> new CategoryFigures(
                        (UUID) row[0],
                        (String) row[1],
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue(),
                        ((Number) row[4]).intValue(),
                        ((Number) row[5]).intValue(),
                        ((Number) row[6]).intValue(),
                        ((Number) row[7]).longValue(),
                        (String) row[8]))
                .toList();
    }

    /** Newest first, continuing before {@code (startedAt, id)}; fetches one extra row. */
    public List<RetentionRun> page(Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        if (before.isEmpty()) {
            return find("ORDER BY startedAt DESC, id DESC").page(0, limit + 1).list();
        }
        return find(
                        "startedAt < :at OR (startedAt = :at AND id < :id) ORDER BY startedAt DESC, id DESC",
                        Parameters.with("at", before.get()).and("id", beforeId.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }
}
