package nl.werkbank.jobalert;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import nl.werkbank.common.Language;
import nl.werkbank.consent.ConsentService;
import nl.werkbank.notification.MailContent;

/** The mails of job alerts; templates in {@code templates/mail/}. */
public final class JobAlertMails {

    private JobAlertMails() {}

    /** One assignment in a digest; its link goes through the click redirect (T-2). */
    public record Item(String title, String region, String url) {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance jobAlertConfirmNl(String token, long hours);

        static native TemplateInstance jobAlertConfirmEn(String token, long hours);

        static native TemplateInstance jobAlertDigestNl(List<Item> items, boolean more);

        static native TemplateInstance jobAlertDigestEn(List<Item> items, boolean more);
    }

    /**
     * C-1: a visitor confirms their address before the first alert (double opt-in). It asks for
     * consent, so it serves the service itself, not the purpose it asks about.
     */
    public record Confirm(String token, long hours) implements MailContent {
        @Override
        public String template() {
            return "job-alert-confirm";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.jobAlertConfirmNl(token, hours);
                case en -> Templates.jobAlertConfirmEn(token, hours);
            };
        }
    }

    /** new assignments that match; sent only with a current job-alerts consent (C-4). */
    public record Digest(List<Item> items, boolean more) implements MailContent {
        @Override
        public String template() {
            return "job-alert-digest";
        }

        @Override
        public String purpose() {
            return ConsentService.JOB_ALERTS;
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.jobAlertDigestNl(items, more);
                case en -> Templates.jobAlertDigestEn(items, more);
            };
        }
    }
}
