package nl.werkbank.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionRunReport;
import nl.werkbank.retention.RetentionService;
import nl.werkbank.retention.RetentionSweep;
import nl.werkbank.retention.RunTrigger;

/**
 * Runs the retention sweeps as the schedule would (T-4), or one sweep's {@code due} and {@code
 * apply} in one transaction at a chosen time, and reads or sets the timestamps a category's period
 * runs from.
 */
public final class Retention {

    private Retention() {}

    public static RetentionRunReport run() {
        return Arc.container()
                .instance(RetentionService.class)
                .get()
                .run(RunTrigger.MANUAL, false, AuditActor.system(), Optional.empty())
                .orElseThrow(() -> new IllegalStateException("a retention run is already in progress"));
    }

    public static <S extends RetentionSweep> S sweep(Class<S> type) {
        return Arc.container().instance(type).get();
    }

    /** The keys of every due record of the sweep at {@code now}, however many batches. */
    public static List<String> dueKeys(RetentionSweep sweep, Period period, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DueRecord> due = sweep.due(period, now, null, Integer.MAX_VALUE);
            return due.stream().map(DueRecord::key).toList();
        });
    }

    /** Selects the due records at {@code now} and applies the action to those with one of these keys. */
    public static int run(RetentionSweep sweep, Period period, Instant now, RetentionAction action, String... keys) {
        List<String> wanted = List.of(keys);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DueRecord> due = sweep.due(period, now, null, Integer.MAX_VALUE).stream()
                    .filter(record -> wanted.contains(record.key()))
                    .toList();
            return sweep.apply(action, due, now);
        });
    }

    public static Object value(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager()
                    .createNativeQuery(sql)
                    .setParameter("id", id)
                    .getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    public static void set(String sql, UUID id, Instant at) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager()
                        .createNativeQuery(sql)
                        .setParameter("id", id)
                        .setParameter("at", at)
                        .executeUpdate());
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
