package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    public List<Placement> ofAssignment(UUID assignmentId) {
        return list("assignmentId = ?1 ORDER BY createdAt", assignmentId);
    }

    public boolean existsForResponse(UUID responseId) {
        return count("responseId", responseId) > 0;
    }
}
