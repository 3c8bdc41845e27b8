package nl.werkbank.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The last entry retention removed from the audit log: its sequence number and hash. The
 * remaining chain verifies from the newest checkpoint as if it were the genesis.
 */
@Entity
@Immutable
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public String hash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    AuditChain.Start start() {
        return new AuditChain.Start(seq, hash);
    }
}
