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

/** T-1: how long one data category is kept, from which moment, and what happens then. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy extends PanacheEntityBase {

    @Id
    public String category;

    /** An ISO-8601 {@link java.time.Period}. */
    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionAction action;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;
}
