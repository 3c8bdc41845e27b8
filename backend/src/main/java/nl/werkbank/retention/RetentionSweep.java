package nl.werkbank.retention;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * T-1, T-4: the feature that owns a data category implements its sweep; the retention engine
 * decides when, in which batches and under which holds it runs. One bean per category id in
 * {@code retention_policy}.
 */
public interface RetentionSweep {

    /** The category id of the policy this sweep carries out. */
    String category();

    /** The actions that make sense for this category; a policy may only choose one of them. */
    Set<RetentionAction> supportedActions();

    /**
     * At most {@code limit} records whose period has ended at {@code now}, with keys after
     * {@code after} ({@code null}: from the first), in key order. Changes nothing: a dry run
     * selects with it too. Called in the engine's batch transaction.
     */
    List<DueRecord> due(Period period, Instant now, String after, int limit);

    /**
     * Applies the action to these records in the engine's batch transaction. Idempotent: a record
     * that is gone or no longer due is left alone. Returns how many records were changed.
     */
    int apply(RetentionAction action, List<DueRecord> records, Instant now);
}
