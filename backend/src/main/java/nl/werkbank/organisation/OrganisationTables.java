package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** Organisations are companies; their members are claimed by OrganisationMembershipHandler. */
@ApplicationScoped
class OrganisationTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of("organisation", "a company's name and KvK number, not a person's");
    }
}
