package nl.werkbank.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of the profile feature; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class ProfileMails {

    private ProfileMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance inactivityWarningNl(String expiresOn, String keepUrl);

        static native TemplateInstance inactivityWarningEn(String expiresOn, String keepUrl);
    }

    /** T-3: the profile expires for inactivity soon; one click keeps it. */
    public record InactivityWarning(String expiresOn, String keepUrl) implements MailContent {
        @Override
        public String template() {
            return "inactivity-warning";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.inactivityWarningNl(expiresOn, keepUrl);
                case en -> Templates.inactivityWarningEn(expiresOn, keepUrl);
            };
        }
    }
}
