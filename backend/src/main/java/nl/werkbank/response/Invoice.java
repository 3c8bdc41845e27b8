package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** the fee of one billing month of a placement, issued after that month. */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "placement_id", nullable = false)
    public UUID placementId;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "amount_cents", nullable = false)
    public int amountCents;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
