package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.problem.ProblemException;

/**
 * Who may do what to a response (R-1..R-5): professionals and visitors respond, the respondent
 * follows and withdraws their own, the assignment's poster handles what was forwarded to them.
 * A response the caller may not know is a 404.
 */
@ApplicationScoped
public class ResponseAccess {

    /** How a caller responds: with their profile, or as a visitor who confirms by e-mail. */
    public enum Respondent {
        PROFESSIONAL,
        WITHOUT_ACCOUNT
    }

    private final ResponseRepository responses;
    private final AssignmentService assignments;

    ResponseAccess(ResponseRepository responses, AssignmentService assignments) {
        this.responses = responses;
        this.assignments = assignments;
    }

    public Respondent requireCanRespond(Caller caller) {
        if (caller.isProfessional()) {
            return Respondent.PROFESSIONAL;
        }
        if (!caller.isAnonymous()) {
            throw ProblemException.forbidden("Responses come from professionals, or without an account.");
        }
        return Respondent.WITHOUT_ACCOUNT;
    }

    /**
     * The respondent's own response, locked for a change; anyone else's is a 404. The lock orders
     * a withdrawal against the poster's changes to the same response.
     */
    public Response requireOwnForChange(Caller caller, UUID responseId) {
        UUID subjectId = caller.subjectId();
        return responses
                .findByIdOptional(responseId, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> subjectId.equals(r.respondentSubjectId))
                .orElseThrow(() -> ProblemException.notFound("No such response."));
    }

    /** The poster of the assignment (by organisation or manage token) handles its responses. */
    public AssignmentFacts requirePosterOf(Caller caller, UUID assignmentId) {
        return assignments.requirePosterOf(caller, assignmentId);
    }

    /**
     * A response forwarded to this assignment's poster and not withdrawn, after {@link
     * #requirePosterOf}; anything else is a 404.
     */
    public Response requireReceived(Caller caller, UUID assignmentId, UUID responseId) {
        return received(caller, assignmentId, responseId, LockModeType.NONE);
    }

    /**
     * {@link #requireReceived}, locked for a change, so that parallel status changes, placements
     * and the respondent's withdrawal of one response happen one after the other.
     */
    public Response requireReceivedForChange(Caller caller, UUID assignmentId, UUID responseId) {
        return received(caller, assignmentId, responseId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Response received(Caller caller, UUID assignmentId, UUID responseId, LockModeType lock) {
        requirePosterOf(caller, assignmentId);
        return responses
                .findByIdOptional(responseId, lock)
                .filter(r -> r.assignmentId.equals(assignmentId)
                        && r.status != ResponseStatus.PENDING_VERIFICATION
                        && r.status != ResponseStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("No such response."));
    }
}
