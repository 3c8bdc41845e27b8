package nl.werkbank.introduction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of contact requests and introductions ({@code templates/mail/<name>-<language>.txt}). */
public final class IntroductionMails {

    private IntroductionMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance contactRequestAcceptedNl(String coachName);

        static native TemplateInstance contactRequestAcceptedEn(String coachName);

        static native TemplateInstance introductionRequestedNl(String organisation, long days);

        static native TemplateInstance introductionRequestedEn(String organisation, long days);
    }

    /** K-2: the candidate is told which coach accepted. */
    public record ContactRequestAccepted(String coachName) implements MailContent {
        @Override
        public String template() {
            return "contact-request-accepted";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.contactRequestAcceptedNl(coachName);
                case en -> Templates.contactRequestAcceptedEn(coachName);
            };
        }
    }

    /** K-3: the professional behind an anonymous profile is asked; the mail names the organisation only. */
    public record IntroductionRequested(String organisation, long days) implements MailContent {
        @Override
        public String template() {
            return "introduction-requested";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.introductionRequestedNl(organisation, days);
                case en -> Templates.introductionRequestedEn(organisation, days);
            };
        }
    }
}
