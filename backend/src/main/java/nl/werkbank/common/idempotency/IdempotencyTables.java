package nl.werkbank.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/**
 * A stored answer is what its caller was sent, under a keyed hash of caller and operation that
 * cannot be traced back to a subject; the sweep removes it after 24 hours (IdempotencyMaintenance).
 */
@ApplicationScoped
class IdempotencyTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "idempotency_key",
                "answers to their own callers under a keyed hash of the caller, removed after 24 hours;"
                        + " erasure cannot find them by subject and leaves them to that sweep");
    }
}
