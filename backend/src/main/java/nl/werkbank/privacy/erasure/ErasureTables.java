package nl.werkbank.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** What erasure itself keeps, and why that is no personal data erasure must remove (D-4). */
@ApplicationScoped
class ErasureTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "erasure_ledger_applied",
                "which erasure-ledger entries this copy of the data reflects: entry numbers and times only (T-6)",
                "identity_provider_deletion",
                "an erased login's provider id, only until the provider confirmed deleting that user",
                "suppressed_address",
                "keyed hashes of erased people's addresses with their objections; irreversible without the key (C-5)");
    }
}
