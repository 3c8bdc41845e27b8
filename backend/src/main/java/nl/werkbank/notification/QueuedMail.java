package nl.werkbank.notification;

import java.util.UUID;

/** What a {@link SendRule} may look at: whom the mail is for and which kind of mail it is. */
public record QueuedMail(UUID messageId, UUID subjectId, String template) {}
