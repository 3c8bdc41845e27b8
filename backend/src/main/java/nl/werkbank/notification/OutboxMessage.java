package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.werkbank.common.Language;

/** One e-mail, rendered when it was caused and kept until it is sent (S-3). */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    public enum Status {
        PENDING,
        SENT,
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String template;

    /** C-4: what the mail is for; the send rules check it again just before sending. */
    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @Column(name = "mail_subject", nullable = false)
    public String mailSubject;

    @Column(name = "body_text", nullable = false)
    public String bodyText;

    /** Stable across resends, so a receiver drops a duplicate after a crash between send and commit. */
    @Column(name = "message_id", nullable = false, unique = true)
    public String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Why the last attempt failed: exception type and SMTP reply, never message content. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** T-1 sent-mail: when the body and files were cleared after the retention period. */
    @Column(name = "content_cleared_at")
    public Instant contentClearedAt;
}
