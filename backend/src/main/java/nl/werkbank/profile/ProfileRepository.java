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

    /** A professional whose profile expires for inactivity, and their last meaningful contact. */
    public record Inactive(UUID subjectId, Instant lastContactAt) {}

    /**
     * T-3: account holders with a profile whose last meaningful contact is at or before
     * {@code contactBefore}, not warned since, with an address to warn them at; oldest contact first.
     * Reads the subject's processing state (last contact, warning, closure) with the profile: the
     * selection has to be one bounded query.
     */
    @SuppressWarnings("unchecked")
    public List<Inactive> toWarn(Instant contactBefore, int limit) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT p.subject_id, s.last_meaningful_contact_at FROM profile p"
                        + " JOIN subject s ON s.id = p.subject_id JOIN account a ON a.subject_id = p.subject_id"
                        + " WHERE s.last_meaningful_contact_at <= :contactBefore AND s.closed_at IS NULL"
                        + " AND a.email IS NOT NULL"
                        + " AND (s.inactivity_warned_at IS NULL OR s.inactivity_warned_at < s.last_meaningful_contact_at)"
                        + " ORDER BY s.last_meaningful_contact_at, p.subject_id LIMIT :limit")
                .setParameter("contactBefore", contactBefore)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Inactive((UUID) row[0], (Instant) row[1]))
                .toList();
    }

    /**
     * T-1, T-3: professionals whose last meaningful contact is at or before {@code contactBefore}
     * and who were warned after it, at or before {@code warnedBefore}; by subject id after
     * {@code after}, restricted to {@code only} when given (re-checking chosen records).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> expired(
            Instant contactBefore, Instant warnedBefore, Optional<UUID> after, Optional<List<UUID>> only, int limit) {
        StringBuilder sql = new StringBuilder("SELECT p.subject_id FROM profile p JOIN subject s ON s.id = p.subject_id"
                + " WHERE s.last_meaningful_contact_at <= :contactBefore AND s.closed_at IS NULL"
                + " AND s.inactivity_warned_at >= s.last_meaningful_contact_at"
                + " AND s.inactivity_warned_at <= :warnedBefore");
        // Both sides of the join start at the key: with only p.subject_id bounded, PostgreSQL's generic
        // plan walks subject from its first row, and every batch re-reads what earlier ones removed.
        after.ifPresent(id -> sql.append(" AND p.subject_id > :after AND s.id > :after"));
        only.ifPresent(ids -> sql.append(" AND p.subject_id IN (:only)"));
        sql.append(" ORDER BY p.subject_id LIMIT :limit");
        Query query = getEntityManager()
                .createNativeQuery(sql.toString())
                .setParameter("contactBefore", contactBefore)
                .setParameter("warnedBefore", warnedBefore)
                .setParameter("limit", limit);
        after.ifPresent(id -> query.setParameter("after", id));
        only.ifPresent(ids -> query.setParameter("only", ids));
        return new ArrayList<>(query.getResultList());
    }

    /** T-1: removes the CVs and profiles of these professionals in two statements; returns how many profiles went. */
    public int deleteWithCvs(List<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        getEntityManager()
                .createNativeQuery("DELETE FROM cv_file WHERE subject_id IN (:ids)")
                .setParameter("ids", subjectIds)
                .executeUpdate();
        return getEntityManager()
                .createNativeQuery("DELETE FROM profile WHERE subject_id IN (:ids)")
                .setParameter("ids", subjectIds)
                .executeUpdate();
    }
}
