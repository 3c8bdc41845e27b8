package nl.werkbank.privacy.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;
import nl.werkbank.notification.MailContent;

/** The mails about data-subject requests; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class PrivacyRequestMails {

    private PrivacyRequestMails() {}

    static final String CONFIRM = "privacy-request-confirm";
    static final String EXPORT_READY = "privacy-export-ready";
    static final String EXPORT_READY_BY_LINK = "privacy-export-ready-by-link";
    static final String EXTENDED = "privacy-request-extended";
    static final String REJECTED = "privacy-request-rejected";
    static final String RESTRICTION_IN_FORCE = "privacy-restriction-in-force";
    static final String RESTRICTION_ENDING = "privacy-restriction-ending";

    /**
     * D-5: what a restricted subject may still be sent. The restriction itself and its end
     * (Art. 18(3)), and the answers to their requests: Art. 12 obliges us to answer, and a refused
     * answer would leave a later access or erasure request unanswered without anyone knowing.
     */
    static final Set<String> ALLOWED_WHILE_RESTRICTED = Set.of(
            RESTRICTION_IN_FORCE, RESTRICTION_ENDING, CONFIRM, EXPORT_READY, EXPORT_READY_BY_LINK, EXTENDED, REJECTED);

    private static final Map<RequestType, Text> ASKED_FOR = Map.of(
            RequestType.ACCESS, Text.of("a copy of the data", "een kopie van de gegevens"),
            RequestType.PORTABILITY,
                    Text.of("a copy of the data to take elsewhere", "een kopie van de gegevens om mee te nemen"),
            RequestType.ERASURE, Text.of("erasure of the data", "het wissen van de gegevens"),
            RequestType.RESTRICTION, Text.of("restriction of the data", "het beperken van de gegevens"),
            RequestType.LIFT_RESTRICTION,
                    Text.of("the end of the restriction of the data", "het opheffen van de beperking van de gegevens"),
            RequestType.OBJECTION,
                    Text.of("an objection to the use of the data", "bezwaar tegen het gebruik van de gegevens"),
            RequestType.RECTIFICATION, Text.of("correction of the data", "het corrigeren van de gegevens"));

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance privacyExportReadyNl(UUID id, LocalDate expiresOn);

        static native TemplateInstance privacyExportReadyEn(UUID id, LocalDate expiresOn);

        static native TemplateInstance privacyRequestExtendedNl(String page, LocalDate dueOn, String reason);

        static native TemplateInstance privacyRequestExtendedEn(String page, LocalDate dueOn, String reason);

        static native TemplateInstance privacyRequestRejectedNl(String page, String reason, String privacyContact);

        static native TemplateInstance privacyRequestRejectedEn(String page, String reason, String privacyContact);

        static native TemplateInstance privacyRequestConfirmNl(String askedFor, String token, long hours);

        static native TemplateInstance privacyRequestConfirmEn(String askedFor, String token, long hours);

        static native TemplateInstance privacyExportReadyByLinkNl(String token, LocalDate expiresOn);

        static native TemplateInstance privacyExportReadyByLinkEn(String token, LocalDate expiresOn);

        static native TemplateInstance privacyRestrictionInForceNl();

        static native TemplateInstance privacyRestrictionInForceEn();

        static native TemplateInstance privacyRestrictionEndingNl();

        static native TemplateInstance privacyRestrictionEndingEn();
    }

    /**
     * The SPA page that shows a request: an account holder's under "my data"; a request by e-mail
     * on the public page that opens it with the status token the person was shown (the mail
     * cannot carry it: only its hash is kept).
     */
    static String pageOf(PrivacyRequest request) {
        return request.isByEmail() ? "/privacy-request/status" : "/my-data/requests/" + request.id;
    }

    /**
     * D-1: confirm a request by e-mail. The same mail goes to every address, known to us or not,
     * so that asking tells the asker nothing; only the address's holder learns the answer.
     */
    public record Confirm(RequestType type, String token, long hours) implements MailContent {
        @Override
        public String template() {
            return CONFIRM;
        }

        @Override
        public TemplateInstance in(Language language) {
            String askedFor = ASKED_FOR.get(type).in(language);
            return switch (language) {
                case nl -> Templates.privacyRequestConfirmNl(askedFor, token, hours);
                case en -> Templates.privacyRequestConfirmEn(askedFor, token, hours);
            };
        }
    }

    /**
     * D-3 for a request by e-mail: the link that downloads the archive. Its password was shown
     * once on the confirmation page and never travels by mail.
     */
    public record ExportReadyByLink(String token, LocalDate expiresOn) implements MailContent {
        @Override
        public String template() {
            return EXPORT_READY_BY_LINK;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyExportReadyByLinkNl(token, expiresOn);
                case en -> Templates.privacyExportReadyByLinkEn(token, expiresOn);
            };
        }
    }

    /** D-5: the restriction is in force. */
    public record RestrictionInForce() implements MailContent {
        @Override
        public String template() {
            return RESTRICTION_IN_FORCE;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRestrictionInForceNl();
                case en -> Templates.privacyRestrictionInForceEn();
            };
        }
    }

    /** D-5, Art. 18(3): the restriction ends; queued before it does. */
    public record RestrictionEnding() implements MailContent {
        @Override
        public String template() {
            return RESTRICTION_ENDING;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRestrictionEndingNl();
                case en -> Templates.privacyRestrictionEndingEn();
            };
        }
    }

    /**
     * D-3: the archive is ready. The mail carries a link to the SPA page that downloads it with
     * the subject's login, never the file or its password: they travel by different channels.
     */
    public record ExportReady(UUID id, LocalDate expiresOn) implements MailContent {
        @Override
        public String template() {
            return EXPORT_READY;
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
    /** {@code page}: the SPA page that shows the request (see {@link #pageOf}). */
    public record Extended(String page, LocalDate dueOn, String reason) implements MailContent {
        @Override
        public String template() {
            return EXTENDED;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRequestExtendedNl(page, dueOn, reason);
                case en -> Templates.privacyRequestExtendedEn(page, dueOn, reason);
            };
        }
    }

    /** D-2, Art. 12(4): the request was rejected, why, and where the subject can complain. */
    public record Rejected(String page, String reason, String privacyContact) implements MailContent {
        @Override
        public String template() {
            return REJECTED;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.privacyRequestRejectedNl(page, reason, privacyContact);
                case en -> Templates.privacyRequestRejectedEn(page, reason, privacyContact);
            };
        }
    }
}
