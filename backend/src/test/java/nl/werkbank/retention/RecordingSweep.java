package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sweep for engine tests (category {@value #CATEGORY}, swept only while a test has put its
 * policy row in): records made at a time, each possibly of a subject, removed when applied. It
 * counts how often each record was applied, so a test sees a record applied twice; it can fail
 * one batch, to stand in for a crash.
 */
@ApplicationScoped
public class RecordingSweep implements RetentionSweep {

    public static final String CATEGORY = "engine-test";

    record Made(Instant at, UUID subjectId) {}

    private final ConcurrentSkipListMap<String, Made> records = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
    private final AtomicInteger batchesUntilFailure = new AtomicInteger(-1);

    void reset() {
        records.clear();
        applied.clear();
        batchesUntilFailure.set(-1);
    }

    void add(String key, Instant at, UUID subjectId) {
        records.put(key, new Made(at, subjectId));
    }

    /** The n-th batch applied from now on (1: the next) throws once. */
    void failBatch(int n) {
        batchesUntilFailure.set(n);
    }

    Map<String, Integer> applied() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        applied.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    Set<String> remaining() {
        return Set.copyOf(records.keySet());
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        Instant cutoff = RetentionPeriods.cutoff(now, period);
        return (after == null ? records : records.tailMap(after, false))
                .entrySet().stream()
                        .filter(e -> !e.getValue().at().isAfter(cutoff))
                        .limit(limit)
                        .map(e -> new DueRecord(e.getKey(), e.getValue().subjectId()))
                        .toList();
    }

    @Override
    public int apply(RetentionAction action, List<DueRecord> due, Instant now) {
        if (batchesUntilFailure.get() > 0 && batchesUntilFailure.decrementAndGet() == 0) {
            throw new IllegalStateException("the test sweep fails this batch");
        }
        int removed = 0;
        for (DueRecord record : due) {
            if (records.remove(record.key()) != null) {
                applied.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
                removed++;
            }
        }
        return removed;
    }
}
