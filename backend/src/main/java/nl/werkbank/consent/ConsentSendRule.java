package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.werkbank.notification.QueuedMail;
import nl.werkbank.notification.SendRule;

/**
 * C-4, asked for every mail just before it goes: mail for a purpose a person may refuse goes only
 * to a known subject who, at this moment, has not withdrawn, not objected and (for consent) has
 * granted. So a withdrawal also stops mail queued before it. Every reason a person's own choice
 * stops a mail belongs in this one rule.
 */
@ApplicationScoped
public class ConsentSendRule implements SendRule {

    private final ConsentService consents;

    ConsentSendRule(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public Optional<String> refusal(QueuedMail mail) {
        if (!consents.isRefusable(mail.purpose())) {
            return Optional.empty();
        }
        if (mail.subjectId() == null) {
            return Optional.of("purpose " + mail.purpose() + " needs a subject whose consent can be checked");
        }
        if (!consents.allows(mail.subjectId(), mail.purpose())) {
            return Optional.of("no current consent for purpose " + mail.purpose());
        }
        return Optional.empty();
    }
}
