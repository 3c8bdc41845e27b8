package nl.werkbank.privacy.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails about data-subject requests; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class PrivacyRequestMails {

    private PrivacyRequestMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance privacyExportReadyNl(UUID id, LocalDate expiresOn);

        static native TemplateInstance privacyExportReadyEn(UUID id, LocalDate expiresOn);

        static native TemplateInstance privacyRequestExtendedNl(UUID id, LocalDate dueOn, String reason);

        static native TemplateInstance privacyRequestExtendedEn(UUID id, LocalDate dueOn, String reason);

        static native TemplateInstance privacyRequestRejectedNl(UUID id, String reason, String privacyContact);

        static native TemplateInstance privacyRequestRejectedEn(UUID id, String reason, String privacyContact);
    }

    /**
     * D-3: the archive is ready. The mail carries a link to the SPA page that downloads it with
     * the subject's login, never the file or its password: they travel by different channels.
     */
    public record ExportReady(UUID id, LocalDate expiresOn) implements MailContent {
        @Override
        public String template() {
            return "privacy-export-ready";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyExportReadyNl(id, expiresOn);
                case en -> Templates.privacyExportReadyEn(id, expiresOn);
            };
        }
    }

    /** D-2, Art. 12(3): the deadline was extended, and why. */
    public record Extended(UUID id, LocalDate dueOn, String reason) implements MailContent {
        @Override
        public String template() {
            return "privacy-request-extended";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRequestExtendedNl(id, dueOn, reason);
                case en -> Templates.privacyRequestExtendedEn(id, dueOn, reason);
            };
        }
    }

    /** D-2, Art. 12(4): the request was rejected, why, and where the subject can complain. */
    public record Rejected(UUID id, String reason, String privacyContact) implements MailContent {
        @Override
        public String template() {
            return "privacy-request-rejected";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRequestRejectedNl(id, reason, privacyContact);
                case en -> Templates.privacyRequestRejectedEn(id, reason, privacyContact);
            };
        }
    }
}
