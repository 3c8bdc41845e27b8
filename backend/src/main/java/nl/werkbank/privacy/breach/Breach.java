package nl.werkbank.privacy.breach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One incident in the data-breach register (D-9, Art. 33/34 GDPR). */
@Entity
@Table(name = "breach")
public class Breach extends PanacheEntityBase {

    /** Art. 33(1): the supervisory authority is told within 72 hours of discovery. */
    static final Duration AUTHORITY_DEADLINE = Duration.ofHours(72);

    @Id
    public UUID id;

    @Column(name = "what_happened", nullable = false)
    public String whatHappened;

    @Column(name = "discovered_at", nullable = false)
    public Instant discoveredAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false, columnDefinition = "text[]")
    public List<String> dataCategories;

    @Column(name = "approximate_subjects", nullable = false)
    public int approximateSubjects;

    @Column(name = "likely_consequences", nullable = false)
    public String likelyConsequences;

    @Column(name = "measures_taken", nullable = false)
    public String measuresTaken;

    @Column(name = "high_risk", nullable = false)
    public boolean highRisk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BreachDecision decision;

    @Column(name = "authority_notified_at")
    public Instant authorityNotifiedAt;

    /** Art. 33(1): a notification after the deadline comes with the reasons for the delay. */
    @Column(name = "delay_reason")
    public String delayReason;

    @Column(name = "not_notifiable_reason")
    public String notNotifiableReason;

    @Column(name = "subjects_notified", nullable = false)
    public int subjectsNotified;

    @Column(name = "subjects_notified_at")
    public Instant subjectsNotifiedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    Instant authorityDeadline() {
        return discoveredAt.plus(AUTHORITY_DEADLINE);
    }

    /** Undecided while the deadline has passed: the privacy officer must act now. */
    boolean isOverdue(Instant now) {
        return decision == BreachDecision.PENDING && now.isAfter(authorityDeadline());
    }
}
