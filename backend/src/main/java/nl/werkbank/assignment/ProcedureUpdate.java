package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** one progress report of the selection procedure. */
@Entity
@Table(name = "assignment_procedure_update")
public class ProcedureUpdate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcedureStatus status;

    public String message;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
