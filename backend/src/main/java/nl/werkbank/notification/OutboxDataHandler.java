package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** Mail to a subject, sent or queued. Erasure removes both, which also cancels what was queued (D-4). */
@ApplicationScoped
public class OutboxDataHandler implements PersonalDataHandler {

    private final OutboxRepository messages;

    OutboxDataHandler(OutboxRepository messages) {
        this.messages = messages;
    }

    public record MailExport(
            String recipient, String subject, String body, String status, Instant createdAt, Instant sentAt) {}

    @Override
    public String category() {
        return "mail";
    }

    @Override
    public Set<String> tables() {
        return Set.of("outbox_message");
    }

    @Override
    public Object export(UUID subjectId) {
        return messages.forSubject(subjectId).stream()
                .map(m ->
                        new MailExport(m.recipient, m.mailSubject, m.bodyText, m.status.name(), m.createdAt, m.sentAt))
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        messages.deleteForSubject(subjectId);
    }
}
