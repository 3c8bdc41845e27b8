package nl.werkbank.assignment;

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

/** An assignment. Who posted it never leaves the service except to the poster and staff. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    /** The client's account or the e-mail identity of an anonymous poster; cleared by erasure. */
    @Column(name = "poster_subject_id")
    public UUID posterSubjectId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RemoteOption remote;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "duration_weeks")
    public Integer durationWeeks;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "rate_min_cents")
    public Integer rateMinCents;

    @Column(name = "rate_max_cents")
    public Integer rateMaxCents;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Question> questions;

    @Column(name = "valid_through", nullable = false)
    public LocalDate validThrough;

    /** F-1: the organisation chose to be named as hiring organisation. */
    @Column(name = "name_organisation", nullable = false)
    public boolean nameOrganisation;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_status", nullable = false)
    public ProcedureStatus procedureStatus;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
