package nl.werkbank.notification;

import java.util.List;
import java.util.UUID;
import nl.werkbank.common.Language;

/**
 * A mail a feature wants sent: to whom (the subject, when known, for erasure and consent), in
 * which language, what (a {@link MailContent} record, rendered from its type-checked template),
 * with which files.
 */
public record Mail(
        UUID subjectId, String recipient, Language language, MailContent content, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Mail(UUID subjectId, String recipient, Language language, MailContent content) {
        this(subjectId, recipient, language, content, List.of());
    }
}
