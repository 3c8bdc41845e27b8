package nl.werkbank.assignment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of the assignment feature; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class AssignmentMails {

    private AssignmentMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance assignmentVerifyNl(String token, long hours);

        static native TemplateInstance assignmentVerifyEn(String token, long hours);

        static native TemplateInstance assignmentManageNl(String name, String title, String token, UUID id);

        static native TemplateInstance assignmentManageEn(String name, String title, String token, UUID id);

        static native TemplateInstance assignmentApprovedNl(String title, UUID id);

        static native TemplateInstance assignmentApprovedEn(String title, UUID id);

        static native TemplateInstance assignmentRejectedNl(String title, String reason);

        static native TemplateInstance assignmentRejectedEn(String title, String reason);
    }

    /**
     * confirm the e-mail address of an anonymous posting. S-4: it carries nothing the
     * unconfirmed poster typed (name, title), so it cannot relay someone else's words to the address.
     */
    public record Verify(String token, long hours) implements MailContent {
        @Override
        public String template() {
            return "assignment-verify";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.assignmentVerifyNl(token, hours);
                case en -> Templates.assignmentVerifyEn(token, hours);
            };
        }
    }

    /** the confirmed poster's management link. */
    public record Manage(String name, String title, String token, UUID id) implements MailContent {
        @Override
        public String template() {
            return "assignment-manage";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.assignmentManageNl(name, title, token, id);
                case en -> Templates.assignmentManageEn(name, title, token, id);
            };
        }
    }

    /** the assignment is published. */
    public record Approved(String title, UUID id) implements MailContent {
        @Override
        public String template() {
            return "assignment-approved";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.assignmentApprovedNl(title, id);
                case en -> Templates.assignmentApprovedEn(title, id);
            };
        }
    }

    /** the assignment went back to draft, with the reviewer's reason. */
    public record Rejected(String title, String reason) implements MailContent {
        @Override
        public String template() {
            return "assignment-rejected";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.assignmentRejectedNl(title, reason);
                case en -> Templates.assignmentRejectedEn(title, reason);
            };
        }
    }
}
