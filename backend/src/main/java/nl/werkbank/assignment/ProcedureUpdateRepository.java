package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProcedureUpdateRepository implements PanacheRepositoryBase<ProcedureUpdate, UUID> {

    public List<ProcedureUpdate> ofAssignment(UUID assignmentId) {
        return list("assignmentId = ?1 ORDER BY createdAt", assignmentId);
    }
}
