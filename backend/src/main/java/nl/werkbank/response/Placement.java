package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** a respondent placed through the platform; a financial record. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "response_id", nullable = false, unique = true)
    public UUID responseId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "monthly_fee_cents", nullable = false)
    public int monthlyFeeCents;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * D-4: the placed respondent was erased; the placement and its invoices are kept only for the
     * fiscal retention (T-1: 7 years) and hold nothing that identifies the person.
     */
    @Column(name = "restricted_at")
    public Instant restrictedAt;
}
