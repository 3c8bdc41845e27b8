package nl.werkbank.introduction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** K-1, K-2: a candidate's request to the coach network; one coach at most ever accepts it. */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends PanacheEntityBase {

    @Schema(name = "ContactRequestStatus")
    public enum Status {
        OPEN,
        ACCEPTED
    }

    @Id
    public UUID id;

    /** The candidate. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** {@link CoachingTopic} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics;

    @Column(nullable = false)
    public String motivation;

    @Column(name = "share_motivation", nullable = false)
    public boolean shareMotivation;

    /** D-5: the candidate restricted processing; coaches neither see nor accept the request. */
    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "coach_subject_id")
    public UUID coachSubjectId;

    @Column(name = "coach_name")
    public String coachName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;
}
