package nl.werkbank.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Language;

/**
 * A mail a feature wants sent: to whom (the subject, when known, for erasure and consent), in
 * which language, from which template ({@code templates/mail/<template>.<language>.txt}), with
 * which values and files.
 */
public record Mail(
        UUID subjectId,
        String recipient,
        Language language,
        String template,
        Map<String, Object> data,
        List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Mail(UUID subjectId, String recipient, Language language, String template, Map<String, Object> data) {
        this(subjectId, recipient, language, template, data, List.of());
    }
}
