package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;

/**
 * Who may do what to an assignment (A-2..A-6). Its poster is the holder of its manage token or
 * a member of its organisation; admins review and may close. Anyone else gets 404 for an
 * assignment the public does not see, so its existence does not leak.
 */
@ApplicationScoped
public class AssignmentAccess {

    /** How a caller posts: for their organisation, or without an account. */
    public enum Posting {
        FOR_ORGANISATION,
        WITHOUT_ACCOUNT
    }

    /** Who may do what to one assignment. */
    private enum Standing {
        POSTER,
        ADMIN
    }

    /** clients post drafts for their organisation, visitors post without an account. */
    public Posting requireCanPost(Caller caller) {
        if (caller.isClient()) {
            return Posting.FOR_ORGANISATION;
        }
        if (!caller.isAnonymous()) {
            throw ProblemException.forbidden("Assignments are posted by clients, or without an account.");
        }
        return Posting.WITHOUT_ACCOUNT;
    }

    /** The organisation of a client, for posting and listing its assignments. */
    public Membership requireOrganisationMember(Caller caller) {
        caller.requireRole(Role.CLIENT, "This is for clients.");
        return caller.membership().orElseThrow(() -> ProblemException.forbidden("Register your organisation first."));
    }

    /** The managed view: its poster and admins. */
    public void requireCanSee(Caller caller, Assignment assignment) {
        roleOf(caller, assignment);
    }

    /** Editing, submitting, reporting progress and handling responses: the poster only. */
    public void requireIsPoster(Caller caller, Assignment assignment) {
        if (roleOf(caller, assignment) != Standing.POSTER) {
            throw ProblemException.forbidden("Only the poster can do this.");
        }
    }

    /** Approving and rejecting: admins only. */
    public void requireCanReview(Caller caller, Assignment assignment) {
        if (roleOf(caller, assignment) != Standing.ADMIN) {
            throw ProblemException.forbidden("Only an admin can review assignments.");
        }
    }

    /** Closing and archiving: the poster or an admin. */
    /**
     * Its poster ends an assignment, or an admin does it for them; returns whether staff acted on
     * someone else's assignment, which the audit log records (S-6).
     */
    public boolean requireCanEnd(Caller caller, Assignment assignment) {
        return roleOf(caller, assignment) == Standing.ADMIN;
    }

    /** The review queue is admin work. */
    public void requireCanSeeReviewQueue(Caller caller) {
        caller.requireRole(Role.ADMIN, "Only an admin can review assignments.");
    }

    private static Standing roleOf(Caller caller, Assignment assignment) {
        if (caller.holdsManageTokenFor(assignment.id)) {
            return Standing.POSTER;
        }
        if (caller.isAdmin()) {
            return Standing.ADMIN;
        }
        if (caller.isMemberOf(assignment.organisationId)) {
            return Standing.POSTER;
        }
        throw ProblemException.notFound("No such assignment.");
    }
}
