package nl.werkbank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** S-6: the log refers to people by random subject ids only, which point at nobody after erasure. */
@ApplicationScoped
class AuditTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "audit_entry", "pseudonymous subject ids and details without personal data; append-only (S-6)",
                "audit_checkpoint", "sequence numbers and hashes of removed entries");
    }
}
