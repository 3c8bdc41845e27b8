package nl.werkbank.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One link of the audit log's hash chain (S-6). Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    /** Position in the chain: 1, 2, 3, … without gaps. */
    @Id
    public long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "subject_ref")
    public UUID subjectRef;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> details;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    AuditChain.Link link() {
        return new AuditChain.Link(seq, id, occurredAt, actor, action, subjectRef, details, previousHash, hash);
    }
}
