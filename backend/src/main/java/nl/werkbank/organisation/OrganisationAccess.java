package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/** Who may do what to organisations (O-1, O-2): clients register their own, admins verify. */
@ApplicationScoped
public class OrganisationAccess {

    public void requireCanRegister(Caller caller) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
    }

    public void requireCanSeeOwn(Caller caller) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
    }

    /** O-2: a client who belongs to an organisation (verified or not) acts for it; the answer is their membership. */
    public OrganisationMember requireMember(Caller caller, OrganisationMemberRepository members) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
        return members.findByIdOptional(caller.subjectId())
                .orElseThrow(() -> ProblemException.forbidden("Your account does not belong to an organisation yet."));
    }

    /** Listing every organisation and verifying one is admin work. */
    public void requireCanAdminister(Caller caller) {
        caller.requireRole(Role.ADMIN, "This needs the admin role.");
    }
}
