package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.KeysetCursor;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<Response, UUID> {

    /**
     * serialises the first-response check of one address for one assignment until the
     * transaction ends, so two responses sent at once are decided one after the other instead of
     * colliding in the unique index (whose error the database would log with the address).
     */
    public void lockFirstResponse(UUID assignmentId, String email) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "response|" + assignmentId + "|" + email.toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    /** A forwarded response of this address that is not withdrawn; unconfirmed ones block nobody. */
    public boolean hasActive(UUID assignmentId, String email) {
        return count(
                        "assignmentId = :a AND lower(respondentEmail) = :e AND status NOT IN (:w, :p)",
                        Parameters.with("a", assignmentId)
                                .and("e", email.toLowerCase(Locale.ROOT))
                                .and("w", ResponseStatus.WITHDRAWN)
                                .and("p", ResponseStatus.PENDING_VERIFICATION))
                > 0;
    }

    /** Unconfirmed responses created before the cutoff, in id order after {@code after} (null: from the first). */
    public List<Response> unverifiedCreatedBefore(java.time.Instant cutoff, UUID after, int limit) {
        Parameters parameters =
                Parameters.with("s", ResponseStatus.PENDING_VERIFICATION).and("cutoff", cutoff);
        String afterClause = "";
        if (after != null) {
            afterClause = " AND id > :after";
            parameters.and("after", after);
        }
        return find("status = :s AND createdAt <= :cutoff" + afterClause + " ORDER BY id", parameters)
                .page(0, limit)
                .list();
    }

    public List<Response> ofRespondent(UUID subjectId) {
        return list("respondentSubjectId = ?1 ORDER BY createdAt DESC", subjectId);
    }

    /** A respondent's responses, newest first, keyset on {@code (createdAt, id)}; one extra row. */
    public List<Response> ofRespondent(
            UUID subjectId, Optional<UUID> assignmentId, Optional<KeysetCursor> before, int limit) {
        Parameters parameters = Parameters.with("s", subjectId);
        String page = "";
        if (assignmentId.isPresent()) {
            page = " AND assignmentId = :a";
            parameters.and("a", assignmentId.get());
        }
        if (before.isPresent()) {
            page += " AND (createdAt < :at OR (createdAt = :at AND id < :id))";
            parameters
                    .and("at", before.get().instantKey())
                    .and("id", before.get().id());
        }
        return find("respondentSubjectId = :s" + page + " ORDER BY createdAt DESC, id DESC", parameters)
                .page(0, limit + 1)
                .list();
    }

    /**
     * What the poster sees: forwarded responses, neither those waiting for an e-mail check nor
     * withdrawn ones nor those of a restricted respondent (D-5), oldest first, keyset on {@code (createdAt, id)}; one extra row. The
     * entity holds no CV bytes ({@link ResponseCv}), so a page of responses never reads a file.
     */
    public List<Response> forwardedFor(UUID assignmentId, Optional<KeysetCursor> after, int limit) {
        Parameters parameters = Parameters.with("a", assignmentId)
                .and("p", ResponseStatus.PENDING_VERIFICATION)
                .and("w", ResponseStatus.WITHDRAWN);
        String page = "";
        if (after.isPresent()) {
            page = " AND (createdAt > :at OR (createdAt = :at AND id > :id))";
            parameters.and("at", after.get().instantKey()).and("id", after.get().id());
        }
        return find(
                        "assignmentId = :a AND status NOT IN (:p, :w) AND restricted = false" + page
                                + " ORDER BY createdAt, id",
                        parameters)
                .page(0, limit + 1)
                .list();
    }

    /** everyone whose response is still part of the procedure. */
    public List<Response> activeFor(UUID assignmentId) {
        return list(
                "assignmentId = ?1 AND status NOT IN (?2, ?3)",
                assignmentId,
                ResponseStatus.PENDING_VERIFICATION,
                ResponseStatus.WITHDRAWN);
    }

    /**
     * T-1: which responses of a closed procedure a retention category covers. A response that led
     * to a placement is part of the financial record (A-7: its own policy) and never in these.
     */
    public enum RetentionKind {
        THIS_ASSIGNMENT_ONLY("r.this_assignment_only"),
        UNKEPT("NOT r.this_assignment_only AND r.kept_at IS NULL"),
        KEPT("NOT r.this_assignment_only AND r.kept_at IS NOT NULL");

        private final String condition;

        RetentionKind(String condition) {
            this.condition = condition;
        }
    }

    /**
     * T-1, R-4: responses of this kind whose assignment closed at or before {@code closedBefore},
     * by id after {@code after}, restricted to {@code only} when given (re-checking chosen rows).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> closedBefore(
            RetentionKind kind, Instant closedBefore, Optional<UUID> after, Optional<List<UUID>> only, int limit) {
        StringBuilder sql = new StringBuilder("SELECT r.id FROM response r JOIN assignment a ON a.id = r.assignment_id"
                + " WHERE a.closed_at <= :closedBefore AND r.status <> 'PENDING_VERIFICATION'"
                + " AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.response_id = r.id) AND ");
        sql.append(kind.condition);
        after.ifPresent(id -> sql.append(" AND r.id > :after"));
        only.ifPresent(ids -> sql.append(" AND r.id IN (:only)"));
        sql.append(" ORDER BY r.id LIMIT :limit");
        Query query = getEntityManager()
                .createNativeQuery(sql.toString())
                .setParameter("closedBefore", closedBefore)
                .setParameter("limit", limit);
        after.ifPresent(id -> query.setParameter("after", id));
        only.ifPresent(ids -> query.setParameter("only", ids));
        return new ArrayList<>(query.getResultList());
    }
}
