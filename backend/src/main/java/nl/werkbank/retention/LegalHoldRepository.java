package nl.werkbank.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LegalHoldRepository implements PanacheRepositoryBase<LegalHold, UUID> {

    public List<LegalHold> activeOnSubject(UUID subjectId) {
        return list("subjectId = ?1 AND releasedAt IS NULL ORDER BY placedAt", subjectId);
    }

    /** The active holds that cover any of these subjects or any of these records of the category. */
    public List<LegalHold> activeCovering(String category, Collection<UUID> subjectIds, Collection<String> keys) {
        return list(
                "releasedAt IS NULL AND (subjectId IN :subjects OR (category = :category AND recordKey IN :keys))",
                Parameters.with("subjects", subjectIds.isEmpty() ? List.of(new UUID(0, 0)) : subjectIds)
                        .and("category", category)
                        .and("keys", keys.isEmpty() ? List.of("") : keys));
    }

    /** Most recently placed first, continuing before {@code (placedAt, id)}; fetches one extra row. */
    public List<LegalHold> page(
            Optional<Boolean> active, Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        active.ifPresent(a -> query.append(a ? " AND releasedAt IS NULL" : " AND releasedAt IS NOT NULL"));
        if (before.isPresent()) {
            query.append(" AND (placedAt < :at OR (placedAt = :at AND id < :id))");
            parameters.and("at", before.get()).and("id", beforeId.orElseThrow());
        }
        query.append(" ORDER BY placedAt DESC, id DESC");
        return find(query.toString(), parameters).page(0, limit + 1).list();
    }

    public List<LegalHold> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 ORDER BY placedAt", subjectId);
    }
}
