package nl.werkbank.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** T-5: a subject, or one record of a category, kept whatever retention says, until released. */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String category;

    @Column(name = "record_key")
    public String recordKey;

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    /** The privacy officer's subject id. */
    @Column(name = "placed_by", nullable = false)
    public UUID placedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public UUID releasedBy;

    @Column(name = "release_reason")
    public String releaseReason;
}
