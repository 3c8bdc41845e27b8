package nl.werkbank.response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werkbank.assignment.ProcedureStatus;
import nl.werkbank.common.Language;
import nl.werkbank.notification.MailContent;

/** The mails of the response feature; each template ({@code templates/mail/<name>-<language>.txt}) is checked at build time. */
public final class ResponseMails {

    private ResponseMails() {}

    @CheckedTemplate(basePath = "mail", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance responseVerifyNl(String title, String token);

        static native TemplateInstance responseVerifyEn(String title, String token);

        static native TemplateInstance responseForwardedNl(
                String title,
                String name,
                String email,
                String phone,
                String motivation,
                String answers,
                boolean thisAssignmentOnly);

        static native TemplateInstance responseForwardedEn(
                String title,
                String name,
                String email,
                String phone,
                String motivation,
                String answers,
                boolean thisAssignmentOnly);

        static native TemplateInstance responseCopyNl(String title, String name, String motivation, String answers);

        static native TemplateInstance responseCopyEn(String title, String name, String motivation, String answers);

        static native TemplateInstance responseStatusNl(String name, String title, ResponseStatus status);

        static native TemplateInstance responseStatusEn(String name, String title, ResponseStatus status);

        static native TemplateInstance responseWithdrawnNl(String title, String name);

        static native TemplateInstance responseWithdrawnEn(String title, String name);

        static native TemplateInstance responseClosedNl(
                String name, String title, boolean thisAssignmentOnly, String keepUrl);

        static native TemplateInstance responseClosedEn(
                String name, String title, boolean thisAssignmentOnly, String keepUrl);

        static native TemplateInstance responsesToDestroyNl(String title, int count);

        static native TemplateInstance responsesToDestroyEn(String title, int count);

        static native TemplateInstance procedureUpdateNl(
                String name, String title, ProcedureStatus status, String message);

        static native TemplateInstance procedureUpdateEn(
                String name, String title, ProcedureStatus status, String message);
    }

    /**
     * a visitor confirms their response. S-4: it names the (reviewed, published) assignment
     * but nothing the unconfirmed visitor typed, so it cannot relay someone else's words.
     */
    public record Verify(String title, String token) implements MailContent {
        @Override
        public String template() {
            return "response-verify";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responseVerifyNl(title, token);
                case en -> Templates.responseVerifyEn(title, token);
            };
        }
    }

    /** the whole response, to the poster. */
    public record Forwarded(
            String title,
            String name,
            String email,
            String phone,
            String motivation,
            String answers,
            boolean thisAssignmentOnly)
            implements MailContent {
        @Override
        public String template() {
            return "response-forwarded";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl ->
                    Templates.responseForwardedNl(title, name, email, phone, motivation, answers, thisAssignmentOnly);
                case en ->
                    Templates.responseForwardedEn(title, name, email, phone, motivation, answers, thisAssignmentOnly);
            };
        }
    }

    /** the respondent's copy. */
    public record Copy(String title, String name, String motivation, String answers) implements MailContent {
        @Override
        public String template() {
            return "response-copy";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responseCopyNl(title, name, motivation, answers);
                case en -> Templates.responseCopyEn(title, name, motivation, answers);
            };
        }
    }

    /** the poster moved the response on. */
    public record StatusChanged(String name, String title, ResponseStatus status) implements MailContent {
        @Override
        public String template() {
            return "response-status";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responseStatusNl(name, title, status);
                case en -> Templates.responseStatusEn(name, title, status);
            };
        }
    }

    /** the respondent withdrew, to the poster. */
    public record Withdrawn(String title, String name) implements MailContent {
        @Override
        public String template() {
            return "response-withdrawn";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responseWithdrawnNl(title, name);
                case en -> Templates.responseWithdrawnEn(title, name);
            };
        }
    }

    /** the poster reported progress, to every respondent still in the procedure. */
    public record ProcedureUpdate(String name, String title, ProcedureStatus status, String message)
            implements MailContent {
        @Override
        public String template() {
            return "procedure-update";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.procedureUpdateNl(name, title, status, message);
                case en -> Templates.procedureUpdateEn(name, title, status, message);
            };
        }
    }

    /**
     * R-4, T-1: the procedure closed. A response "for this assignment only" is erased now; any
     * other is kept 4 weeks, or a year if the respondent follows the signed link (no answer: 4 weeks).
     */
    public record Closed(String name, String title, boolean thisAssignmentOnly, String keepUrl) implements MailContent {
        @Override
        public String template() {
            return "response-closed";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responseClosedNl(name, title, thisAssignmentOnly, keepUrl);
                case en -> Templates.responseClosedEn(name, title, thisAssignmentOnly, keepUrl);
            };
        }
    }

    /** the poster is asked to destroy their copies of the responses "for this assignment only" (no names). */
    public record ToDestroy(String title, int count) implements MailContent {
        @Override
        public String template() {
            return "responses-to-destroy";
        }

        @Override
        public TemplateInstance in(Language language) {
            return switch (language) {
                case nl -> Templates.responsesToDestroyNl(title, count);
                case en -> Templates.responsesToDestroyEn(title, count);
            };
        }
    }
}
