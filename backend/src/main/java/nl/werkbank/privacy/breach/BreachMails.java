package nl.werkbank.privacy.breach;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of the breach register; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class BreachMails {

    private BreachMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance breachNoticeNl(String explanation, String categories, String privacyContact);

        static native TemplateInstance breachNoticeEn(String explanation, String categories, String privacyContact);
    }

    /** D-9: a high-risk incident told to an affected subject in plain language (Art. 34). */
    public record Notice(String explanation, String categories, String privacyContact) implements MailContent {
        @Override
        public String template() {
            return "breach-notice";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.breachNoticeNl(explanation, categories, privacyContact);
                case en -> Templates.breachNoticeEn(explanation, categories, privacyContact);
            };
        }
    }
}
