package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<Response, UUID> {

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

    /** What the poster sees: forwarded responses, neither those waiting for an e-mail check nor withdrawn ones. */
    public List<Response> forwardedFor(UUID assignmentId) {
        return list(
                "assignmentId = ?1 AND status NOT IN (?2, ?3) ORDER BY createdAt",
                assignmentId,
                ResponseStatus.PENDING_VERIFICATION,
                ResponseStatus.WITHDRAWN);
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
