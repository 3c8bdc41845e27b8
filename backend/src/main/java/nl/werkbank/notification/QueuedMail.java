package nl.werkbank.notification;

import java.util.UUID;

/**
 * What a {@link SendRule} may look at: whom the mail is for (subject and address), which kind of
 * mail it is and its purpose (C-4).
 */
public record QueuedMail(UUID messageId, UUID subjectId, String recipient, String template, String purpose) {}
