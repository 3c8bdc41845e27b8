package nl.werkbank.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** T-4: one run of the retention sweeps; its per-category figures are in retention_run_category. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    public enum Status {
        RUNNING,
        FINISHED,
        /** Its instance stopped renewing the lease (a crash); a later run took over. */
        ABANDONED
    }

    @Id
    public UUID id;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Which call of {@link RetentionService#run} works on this run; its batches check it. */
    @Column(name = "lease_holder")
    public UUID leaseHolder;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
