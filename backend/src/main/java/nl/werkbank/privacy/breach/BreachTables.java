package nl.werkbank.privacy.breach;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** D-9: the register holds no subject ids, names or reporters. */
@ApplicationScoped
class BreachTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of("breach", "incidents, counts and decisions; no subject ids or names (D-9)");
    }
}
