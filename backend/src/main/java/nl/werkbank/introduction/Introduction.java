package nl.werkbank.introduction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** K-3: an organisation asks to be introduced to the professional behind an anonymous profile. */
@Entity
@Table(name = "introduction")
public class Introduction extends PanacheEntityBase {

    @Schema(name = "IntroductionStatus")
    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED
    }

    @Id
    public UUID id;

    /** The professional. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The member who asked; cleared when they are erased, the organisation's request stays. */
    @Column(name = "requester_subject_id")
    public UUID requesterSubjectId;

    @Column(name = "requester_name")
    public String requesterName;

    @Column(nullable = false)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
