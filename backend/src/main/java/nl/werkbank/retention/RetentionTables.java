package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** Retention's own bookkeeping, which names no person (D-4). */
@ApplicationScoped
class RetentionTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "retention_policy",
                "a period, trigger and action per data category; updated_by is the privacy officer's pseudonymous id",
                "retention_run",
                "when a sweep ran and whether it was a dry run; no records or subjects",
                "retention_run_category",
                "counts per category of a run, and the key of the last record it reached (a record id, no content)");
    }
}
