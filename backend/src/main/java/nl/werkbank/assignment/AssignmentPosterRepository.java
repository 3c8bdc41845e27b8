package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssignmentPosterRepository implements PanacheRepositoryBase<AssignmentPoster, UUID> {

    public List<AssignmentPoster> ofSubject(UUID subjectId) {
        return list("subjectId", subjectId);
    }

    /**
     * T-1: anonymous posters every one of whose assignments closed at or before
     * {@code closedBefore} (one still open, or never published, keeps the identity); by subject id
     * after {@code after}, restricted to {@code only} when given (re-checking chosen records).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> allClosedBefore(
            Instant closedBefore, Optional<UUID> after, Optional<List<UUID>> only, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT p.subject_id FROM assignment_poster p JOIN assignment a ON a.id = p.assignment_id WHERE true");
        after.ifPresent(id -> sql.append(" AND p.subject_id > :after"));
        only.ifPresent(ids -> sql.append(" AND p.subject_id IN (:only)"));
        sql.append(" GROUP BY p.subject_id HAVING bool_and(a.closed_at IS NOT NULL AND a.closed_at <= :closedBefore)"
                + " ORDER BY p.subject_id LIMIT :limit");
        Query query = getEntityManager()
                .createNativeQuery(sql.toString())
                .setParameter("closedBefore", closedBefore)
                .setParameter("limit", limit);
        after.ifPresent(id -> query.setParameter("after", id));
        only.ifPresent(ids -> query.setParameter("only", ids));
        return new ArrayList<>(query.getResultList());
    }
}
