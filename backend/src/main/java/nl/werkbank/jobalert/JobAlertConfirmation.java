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

/** C-1: a visitor's mailed confirmation link (only its hash) and the criteria it confirms. */
@Entity
@Table(name = "job_alert_confirmation")
public class JobAlertConfirmation extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "alert_id", nullable = false)
    public UUID alertId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JobAlertCriteria criteria;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
