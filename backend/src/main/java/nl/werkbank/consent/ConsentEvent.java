package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** C-2: one decision of one person about one purpose; never changed (the table refuses updates). */
@Entity
@Table(name = "consent_event")
public class ConsentEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConsentDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConsentChannel channel;

    /** The privacy notice in force when the decision was taken (C-2, C-3). */
    @Column(name = "notice_version", nullable = false, updatable = false)
    public int noticeVersion;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
