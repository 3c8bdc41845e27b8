package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/**
 * Who may do what with data-subject requests (D-1, D-2): an account holder files and reads their
 * own (someone else's is 404, never 403), the privacy officer works the queue.
 */
@ApplicationScoped
public class PrivacyRequestAccess {

    public void requireCanWorkQueue(Caller caller) {
        if (!caller.isPerson() || !caller.hasRole(Role.PRIVACY_OFFICER)) {
            throw ProblemException.forbidden("The request queue is for the privacy officer.");
        }
    }

    /** The request, if it is the caller's own; otherwise as if it did not exist. */
    public PrivacyRequest requireOwn(Caller caller, PrivacyRequest request) {
        if (request == null || !caller.subjectId().equals(request.subjectId)) {
            throw notFound();
        }
        return request;
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such request.");
    }
}
