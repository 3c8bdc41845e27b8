package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.werkbank.notification.QueuedMail;
import nl.werkbank.notification.SendRule;
import nl.werkbank.subject.SubjectService;

/**
 * D-5: a restricted subject gets no mail except about the restriction and the answers to their
 * requests ({@link PrivacyRequestMails#ALLOWED_WHILE_RESTRICTED}). Asked when the mail is sent,
 * so mail queued before the restriction does not go out after it.
 */
@ApplicationScoped
public class RestrictionSendRule implements SendRule {

    static final String REFUSAL = "D-5: the subject's data is restricted";

    private final SubjectService subjects;

    RestrictionSendRule(SubjectService subjects) {
        this.subjects = subjects;
    }

    @Override
    public Optional<String> refusal(QueuedMail mail) {
        if (mail.subjectId() == null
                || PrivacyRequestMails.ALLOWED_WHILE_RESTRICTED.contains(mail.template())
                || !subjects.isRestricted(mail.subjectId())) {
            return Optional.empty();
        }
        return Optional.of(REFUSAL);
    }
}
