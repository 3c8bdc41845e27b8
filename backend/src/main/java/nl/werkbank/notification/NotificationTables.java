package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import nl.werkbank.subject.UnclaimedTables;

/** The notification feature's tables that OutboxDataHandler does not claim. */
@ApplicationScoped
class NotificationTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "undeliverable_address",
                "keyed hashes of addresses their mail server refused permanently, with the reply code;"
                        + " they name no subject and are deleted when their retention ends (180 days, S-7)");
    }
}
