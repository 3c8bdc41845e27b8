package nl.werkbank.jobalert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** one person's saved search and where its digests stand. */
@Entity
@Table(name = "job_alert")
public class JobAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subject_id", nullable = false, unique = true)
    public UUID subjectId;

    /** A visitor's address; account holders' digests go to the address of their account. */
    public String email;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JobAlertCriteria criteria;

    /** When the address was confirmed (double opt-in); account holders confirm by granting in the app. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** Assignments published after this are new to the subscriber. */
    @Column(name = "covered_until", nullable = false)
    public Instant coveredUntil;

    @Column(name = "last_digest_at")
    public Instant lastDigestAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
