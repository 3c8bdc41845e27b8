package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** An assignment's placements, oldest first, keyset on {@code (createdAt, id)}; one extra row. */
    public List<Placement> ofAssignment(UUID assignmentId, Optional<KeysetCursor> after, int limit) {
        Parameters parameters = Parameters.with("a", assignmentId);
        String page = "";
        if (after.isPresent()) {
            page = " AND (createdAt > :at OR (createdAt = :at AND id > :id))";
            parameters.and("at", after.get().instantKey()).and("id", after.get().id());
        }
        return find("assignmentId = :a" + page + " ORDER BY createdAt, id", parameters)
                .page(0, limit + 1)
                .list();
    }

    public boolean existsForResponse(UUID responseId) {
        return count("responseId", responseId) > 0;
    }

    public Optional<Placement> forResponse(UUID responseId) {
        return find("responseId", responseId).firstResultOptional();
    }
}
