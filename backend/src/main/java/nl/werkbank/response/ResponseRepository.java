package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<Response, UUID> {

    public boolean hasActive(UUID assignmentId, String email) {
        return count("assignmentId = :a AND lower(respondentEmail) = :e AND status <> :w",
                Parameters.with("a", assignmentId).and("e", email.toLowerCase(Locale.ROOT)).and("w", ResponseStatus.WITHDRAWN)) > 0;
    }

    public List<Response> ofRespondent(UUID subjectId) {
        return list("respondentSubjectId = ?1 ORDER BY createdAt DESC", subjectId);
    }

    /** What the poster sees: forwarded responses, not the ones still waiting for an e-mail check. */
    public List<Response> forwardedFor(UUID assignmentId) {
        return list("assignmentId = ?1 AND status <> ?2 ORDER BY createdAt", assignmentId, ResponseStatus.PENDING_VERIFICATION);
    }

    /** everyone whose response is still part of the procedure. */
    public List<Response> activeFor(UUID assignmentId) {
        return list("assignmentId = ?1 AND status NOT IN (?2, ?3)", assignmentId, ResponseStatus.PENDING_VERIFICATION,
                ResponseStatus.WITHDRAWN);
    }
}
