package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProcedureUpdateRepository implements PanacheRepositoryBase<ProcedureUpdate, UUID> {

    public List<ProcedureUpdate> ofAssignment(UUID assignmentId) {
        return list("assignmentId = ?1 ORDER BY createdAt", assignmentId);
    }

    /** The reports of several assignments in one query, each assignment's oldest first; absent: none. */
    public Map<UUID, List<ProcedureUpdate>> ofAssignments(Collection<UUID> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        return list("assignmentId IN ?1 ORDER BY createdAt", Set.copyOf(assignmentIds)).stream()
                .collect(Collectors.groupingBy(u -> u.assignmentId));
    }
}
