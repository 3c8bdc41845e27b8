package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** Reference data of the consent feature; a person's decisions are claimed by ConsentDataHandler. */
@ApplicationScoped
class ConsentTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "consent_purpose",
                "the purposes with their legal basis and texts (C-1): reference data, no person",
                "privacy_notice",
                "the published versions of the privacy notice (C-3): texts and dates, no person");
    }
}
