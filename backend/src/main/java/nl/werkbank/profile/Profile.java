package nl.werkbank.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A professional's profile (P-1). Its {@link #id} is public; its subject id never leaves the service. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    /** One role held, as stored. */
    public record Experience(String role, String clientName, String startMonth, String endMonth, String tasks) {}

    /** One qualification, as stored. */
    public record Education(String institution, String qualification, Integer year) {}

    @Id
    public UUID id;

    @Column(name = "subject_id", nullable = false, unique = true)
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String headline;

    public String summary;

    /** Whether the summary and task descriptions may be shown to the public (P-2). */
    @Column(name = "free_text_public", nullable = false)
    public boolean freeTextPublic;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Experience> experience;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Education> education;

    /** Four-digit postcode area or {@code ABROAD}. */
    @Column(nullable = false)
    public String region;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "rate_min_cents")
    public Integer rateMinCents;

    @Column(name = "rate_max_cents")
    public Integer rateMaxCents;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> languages;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_call_times")
    public String contactCallTimes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Hidden profiles and restricted subjects are seen by no one but the owner and staff. */
    boolean shownToOthers() {
        return visibility != Visibility.HIDDEN && !restricted;
    }
}
