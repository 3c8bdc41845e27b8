package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A data-subject request (D-1) and where it stands (D-2). */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequest extends PanacheEntityBase {

    /** Art. 12(3): "one month" is a calendar month, counted where we are. */
    static final ZoneId DEADLINE_ZONE = ZoneId.of("Europe/Amsterdam");

    /** Art. 12(3): at most two further months. */
    static final int MAX_EXTENSION_MONTHS = 2;

    @Id
    public UUID id;

    /** Null for an erasure request whose subject was erased: the request stays as proof (D-4). */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    public String details;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "extension_months", nullable = false)
    public int extensionMonths;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** One calendar month after receipt, plus the extension, in Amsterdam time. */
    static Instant dueAt(Instant receivedAt, int extensionMonths) {
        return receivedAt.atZone(DEADLINE_ZONE).plusMonths(1L + extensionMonths).toInstant();
    }

    boolean isOverdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }
}
