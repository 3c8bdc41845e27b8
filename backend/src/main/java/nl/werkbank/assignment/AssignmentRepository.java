package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    private final PostcodeAreas postcodeAreas;

    AssignmentRepository(PostcodeAreas postcodeAreas) {
        this.postcodeAreas = postcodeAreas;
    }

    /**
     * Published assignments in the given order, keyset on {@code (sort key, id)}; one extra row.
     * Read through {@code reads}: the public search runs on the read replica (issue 14).
     */
    @SuppressWarnings("unchecked")
    public List<Assignment> published(
            EntityManager reads,
            AssignmentSearch search,
            AssignmentSort sort,
            Optional<KeysetCursor> after,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT a.* FROM assignment a WHERE a.status = 'PUBLISHED'");
        Map<String, Object> parameters = new HashMap<>();
        appendFilters(search, sql, parameters);
        if (after.isPresent()) {
            sql.append(sort.after());
            parameters.put("afterKey", sort.keyOf(after.get()));
            parameters.put("afterId", after.get().id());
        }
        sql.append(sort.orderBy()).append(" LIMIT :limit");
        parameters.put("limit", limit + 1);
        Query query = reads.createNativeQuery(sql.toString(), Assignment.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many published assignments match: the result count above the list. */
    public long countPublished(EntityManager reads, AssignmentSearch search) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM assignment a WHERE a.status = 'PUBLISHED'");
        Map<String, Object> parameters = new HashMap<>();
        appendFilters(search, sql, parameters);
        Query query = reads.createNativeQuery(sql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** published after {@code after} and matching, oldest first; the new matches of a saved search. */
    @SuppressWarnings("unchecked")
    public List<Assignment> publishedAfter(AssignmentSearch search, Instant after, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT a.* FROM assignment a WHERE a.status = 'PUBLISHED' AND a.published_at > :after");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", after);
        appendFilters(search, sql, parameters);
        sql.append(" ORDER BY a.published_at, a.id LIMIT :limit");
        parameters.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Assignment.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The assignments among {@code ids} that are published, read through {@code reads}. */
    public List<Assignment> publishedAmong(EntityManager reads, Collection<UUID> ids) {
        return reads.createQuery("FROM Assignment a WHERE a.id IN :ids AND a.status = :status", Assignment.class)
                .setParameter("ids", ids)
                .setParameter("status", AssignmentStatus.PUBLISHED)
                .getResultList();
    }

    /** When the most recently published assignment that is still published was published. */
    public Optional<Instant> newestPublication() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("SELECT MAX(a.publishedAt) FROM Assignment a WHERE a.status = ?1", Instant.class)
                .setParameter(1, AssignmentStatus.PUBLISHED)
                .getSingleResult());
    }

    private void appendFilters(AssignmentSearch search, StringBuilder sql, Map<String, Object> parameters) {
        search.text().ifPresent(text -> {
            List<String> words = searchWords(text);
            for (int i = 0; i < words.size(); i++) {
                sql.append(" AND assignment_search_text(a.title, a.description, a.skills) ILIKE :word")
                        .append(i)
                        .append(" ESCAPE '\\'");
                parameters.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
        });
        if (!search.skills().isEmpty()) {
            sql.append(" AND a.skills && string_to_array(:skills, E'\\x1f')::text[]");
            parameters.put("skills", String.join("\u001f", search.skills()));
        }
        search.region().ifPresent(region -> {
            // A prefix has two characters at least (the resource checks it): the area condition is
            // what an index serves in a prepared statement's generic plan, where LIKE with a
            // parameter cannot use one.
            sql.append(" AND substr(a.region, 1, 2) = :regionArea AND a.region LIKE :region");
            parameters.put("regionArea", region.substring(0, 2));
            parameters.put("region", region + "%");
        });
        search.province().ifPresent(province -> {
            sql.append(" AND substr(a.region, 1, 2) = ANY(string_to_array(:areas, ','))");
            parameters.put("areas", String.join(",", postcodeAreas.areasOf(province)));
        });
        search.remote().ifPresent(remote -> {
            sql.append(" AND a.remote = :remote");
            parameters.put("remote", remote.name());
        });
        search.minRateCents().ifPresent(rate -> {
            sql.append(" AND a.rate_max_cents >= :minRate");
            parameters.put("minRate", rate);
        });
        search.startBefore().ifPresent(date -> {
            sql.append(" AND a.start_date <= :startBefore");
            parameters.put("startBefore", date);
        });
    }

    /**
     * Issue 14: the words of a text search. Each must occur in the title, description or skills,
     * in any order and also inside a longer word (V130: a trigram index serves this), so "java
     * utrecht" finds "Javascript-ontwikkelaar in Utrecht". Case is ignored; duplicates count once.
     */
    static List<String> searchWords(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Published assignments oldest first, keyset on {@code (published_at, id)}; ids and times only. */
    public List<PageLocation> publishedPages(Optional<Instant> after, Optional<UUID> afterId, int limit) {
        String sql = "SELECT a.id, a.published_at, a.updated_at FROM assignment a WHERE a.status = 'PUBLISHED'"
                + (after.isPresent() ? " AND (a.published_at, a.id) > (:after, :afterId)" : "")
                + " ORDER BY a.published_at, a.id LIMIT :limit";
        Query query = getEntityManager().createNativeQuery(sql, Object[].class).setParameter("limit", limit);
        if (after.isPresent()) {
            query.setParameter("after", after.get()).setParameter("afterId", afterId.orElseThrow());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new PageLocation((UUID) row[0], instant(row[1]), instant(row[2])))
                .toList();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** An organisation's assignments, newest first, keyset on {@code (createdAt, id)}; one extra row. */
    public List<Assignment> ofOrganisation(UUID organisationId, Optional<KeysetCursor> before, int limit) {
        Parameters parameters = Parameters.with("org", organisationId);
        String after = "";
        if (before.isPresent()) {
            after = " AND (createdAt < :at OR (createdAt = :at AND id < :id))";
            parameters
                    .and("at", before.get().instantKey())
                    .and("id", before.get().id());
        }
        return find("organisationId = :org" + after + " ORDER BY createdAt DESC, id DESC", parameters)
                .page(0, limit + 1)
                .list();
    }

    /** Waiting for review, oldest first, keyset on {@code (createdAt, id)}; one extra row. */
    public List<Assignment> inReview(Optional<KeysetCursor> after, int limit) {
        Parameters parameters = Parameters.with("s", AssignmentStatus.PENDING_REVIEW);
        String next = "";
        if (after.isPresent()) {
            next = " AND (createdAt > :at OR (createdAt = :at AND id > :id))";
            parameters.and("at", after.get().instantKey()).and("id", after.get().id());
        }
        return find("status = :s" + next + " ORDER BY createdAt, id", parameters)
                .page(0, limit + 1)
                .list();
    }

    public List<Assignment> publishedEndedBefore(LocalDate today, int limit) {
        return find(
                        "status = :s AND validThrough < :today ORDER BY validThrough",
                        Parameters.with("s", AssignmentStatus.PUBLISHED).and("today", today))
                .page(0, limit)
                .list();
    }

    /** Unconfirmed postings created before the cutoff, in id order after {@code after} (null: from the first). */
    public List<Assignment> unverifiedCreatedBefore(Instant cutoff, UUID after, int limit) {
        Parameters parameters =
                Parameters.with("s", AssignmentStatus.PENDING_VERIFICATION).and("cutoff", cutoff);
        String afterClause = "";
        if (after != null) {
            afterClause = " AND id > :after";
            parameters.and("after", after);
        }
        return find("status = :s AND createdAt <= :cutoff" + afterClause + " ORDER BY id", parameters)
                .page(0, limit)
                .list();
    }

    public List<Assignment> postedBy(UUID subjectId) {
        return list("posterSubjectId", subjectId);
    }
}
