package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * Mail to a subject, sent or queued, and mail to others that carries the subject's data (tagged
 * in {@code outbox_message_subject} when it was queued). Erasure removes the subject's own mail,
 * which also cancels what was queued, and redacts the copies held by others (D-4).
 */
@ApplicationScoped
public class OutboxDataHandler implements PersonalDataHandler {

    /** What a redacted copy says instead of its subject line and body. */
    static final String REDACTED_SUBJECT = "[removed: personal data of an erased person]";

    static final String REDACTED_BODY =
            "This message held personal data of a person who asked for its erasure; its content was removed.\n"
                    + "Dit bericht bevatte persoonsgegevens van iemand die om verwijdering vroeg; de inhoud is verwijderd.\n";

    static final String CANCELLED_BY_ERASURE = "cancelled: it carried personal data of an erased person";

    private final OutboxRepository messages;
    private final OutboxAttachmentRepository attachments;

    OutboxDataHandler(OutboxRepository messages, OutboxAttachmentRepository attachments) {
        this.messages = messages;
        this.attachments = attachments;
    }

    public record MailExport(
            String recipient, String subject, String body, String status, Instant createdAt, Instant sentAt) {}

    @Override
    public String category() {
        return "mail";
    }

    @Override
    public Set<String> tables() {
        return Set.of("outbox_message", "outbox_attachment", "outbox_message_subject");
    }

    @Override
    public Object export(UUID subjectId) {
        return messages.forSubject(subjectId).stream()
                .map(m ->
                        new MailExport(m.recipient, m.mailSubject, m.bodyText, m.status.name(), m.createdAt, m.sentAt))
                .toList();
    }

    /**
     * The subject's own mail goes (files and tags with it). A copy held by someone else keeps
     * only that a mail was sent to its recipient, and when: subject line, body and files go; one
     * still queued is cancelled, as it would deliver the erased person's data.
     */
    @Override
    public void erase(UUID subjectId) {
        for (OutboxMessage copy : messages.carryingDataOfOthers(subjectId)) {
            redact(copy);
        }
        messages.untag(subjectId);
        messages.deleteForSubject(subjectId);
    }

    /**
     * Keeps only that a mail was sent to its recipient, and when: subject line, body and files go;
     * one still queued is cancelled, as it would deliver the erased data.
     */
    void redact(OutboxMessage copy) {
        copy.mailSubject = REDACTED_SUBJECT;
        copy.bodyText = REDACTED_BODY;
        if (copy.status == OutboxMessage.Status.PENDING) {
            copy.status = OutboxMessage.Status.CANCELLED;
            copy.lastError = CANCELLED_BY_ERASURE;
        }
        attachments.delete("messageId", copy.id);
    }
}
