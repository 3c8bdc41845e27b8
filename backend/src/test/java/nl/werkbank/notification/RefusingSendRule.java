package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A send rule for tests: refuses exactly the messages a test names, and nothing else. */
@ApplicationScoped
public class RefusingSendRule implements SendRule {

    public static final String REASON = "refused by the test rule";

    private final Set<UUID> refused = ConcurrentHashMap.newKeySet();

    public void refuse(UUID messageId) {
        refused.add(messageId);
    }

    @Override
    public Optional<String> refusal(QueuedMail mail) {
        return refused.remove(mail.messageId()) ? Optional.of(REASON) : Optional.empty();
    }
}
