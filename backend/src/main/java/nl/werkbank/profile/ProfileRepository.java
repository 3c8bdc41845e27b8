package nl.werkbank.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<Profile, UUID> {

    /** Joins skills into one parameter; skills cannot contain this character (ProfileInput). */
    static final String SKILL_SEPARATOR = "\u001f";

    public Optional<Profile> findBySubject(UUID subjectId) {
        return find("subjectId", subjectId).firstResultOptional();
    }

    /**
     * P-4: profiles others may see, newest change first, keyset-paginated on
     * {@code (updated_at, id)} so a page costs the same at any depth. Fetches one extra row.
     */
    @SuppressWarnings("unchecked")
    public List<Profile> search(
            ProfileSearch search, Optional<Instant> beforeUpdatedAt, Optional<UUID> beforeId, int limit) {
        StringBuilder sql =
                new StringBuilder("SELECT p.* FROM profile p WHERE p.visibility <> 'HIDDEN' AND NOT p.restricted");
        Map<String, Object> parameters = new HashMap<>();
        if (!search.skills().isEmpty()) {
            sql.append(search.matchAll() ? " AND p.skills @> " : " AND p.skills && ")
                    .append("string_to_array(:skills, E'\\x1f')::text[]");
            parameters.put("skills", String.join(SKILL_SEPARATOR, search.skills()));
        }
        search.region().ifPresent(region -> {
            sql.append(" AND p.region LIKE :region");
            parameters.put("region", region + "%");
        });
        search.availableFrom().ifPresent(date -> {
            sql.append(" AND p.available_from <= :availableFrom");
            parameters.put("availableFrom", date);
        });
        search.minHoursPerWeek().ifPresent(hours -> {
            sql.append(" AND p.hours_per_week >= :minHours");
            parameters.put("minHours", hours);
        });
        search.maxRateCents().ifPresent(rate -> {
            sql.append(" AND p.rate_min_cents <= :maxRate");
            parameters.put("maxRate", rate);
        });
        if (beforeUpdatedAt.isPresent()) {
            sql.append(" AND (p.updated_at, p.id) < (:beforeAt, :beforeId)");
            parameters.put("beforeAt", beforeUpdatedAt.get());
            parameters.put("beforeId", beforeId.orElseThrow());
        }
        sql.append(" ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit");
        parameters.put("limit", limit + 1);

        Query query = getEntityManager().createNativeQuery(sql.toString(), Profile.class);
        parameters.forEach(query::setParameter);
        return new ArrayList<>(query.getResultList());
    }
}
