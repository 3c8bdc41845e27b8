package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
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

    public List<Response> unverifiedCreatedBefore(java.time.Instant cutoff) {
        return list("status = ?1 AND createdAt < ?2", ResponseStatus.PENDING_VERIFICATION, cutoff);
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
}
