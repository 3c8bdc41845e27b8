package nl.werkbank.notification;

import java.util.UUID;

/** What a {@link SendRule} may look at: whom the mail is for, which kind of mail it is and its purpose (C-4). */
public record QueuedMail(UUID messageId, UUID subjectId, String template, String purpose) {

    /** A mail that serves the platform's contract with the person (the default purpose). */
    public QueuedMail(UUID messageId, UUID subjectId, String template) {
        this(messageId, subjectId, template, MailContent.SERVICE_MESSAGES);
    }
}
