package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** S-7: no mail to an address that its server refused permanently (see {@link UndeliverableAddresses}). */
@ApplicationScoped
class UndeliverableAddressRule implements SendRule {

    static final String REASON = "address refused permanently by its mail server (undeliverable)";

    private final UndeliverableAddresses undeliverable;

    UndeliverableAddressRule(UndeliverableAddresses undeliverable) {
        this.undeliverable = undeliverable;
    }

    @Override
    public Optional<String> refusal(QueuedMail mail) {
        return undeliverable.isUndeliverable(mail.recipient()) ? Optional.of(REASON) : Optional.empty();
    }
}
