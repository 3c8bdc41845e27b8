package nl.werkbank.organisation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of organisations ({@code templates/mail/<name>-<language>.txt}). */
public final class OrganisationMails {

    private OrganisationMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance organisationInvitationNl(
                String organisation, String inviter, String token, long days);

        static native TemplateInstance organisationInvitationEn(
                String organisation, String inviter, String token, long days);

        static native TemplateInstance releaseQuotaReachedNl(String organisation, UUID organisationId, int quota);

        static native TemplateInstance releaseQuotaReachedEn(String organisation, UUID organisationId, int quota);
    }

    /** O-2: a member invites a colleague; the link is single-use. */
    public record Invitation(String organisation, String inviter, String token, long days) implements MailContent {
        @Override
        public String template() {
            return "organisation-invitation";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.organisationInvitationNl(organisation, inviter, token, days);
                case en -> Templates.organisationInvitationEn(organisation, inviter, token, days);
            };
        }
    }

    /** O-2: an organisation used up its daily release quota; admins look whether the account is misused. */
    public record ReleaseQuotaReached(String organisation, UUID organisationId, int quota) implements MailContent {
        @Override
        public String template() {
            return "release-quota-reached";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.releaseQuotaReachedNl(organisation, organisationId, quota);
                case en -> Templates.releaseQuotaReachedEn(organisation, organisationId, quota);
            };
        }
    }
}
