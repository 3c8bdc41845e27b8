package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;

/** Who may do what to organisations (O-1, O-2): clients register their own, admins verify. */
@ApplicationScoped
public class OrganisationAccess {

    public void requireCanRegister(Caller caller) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
    }

    public void requireCanSeeOwn(Caller caller) {
        caller.requireRole(Role.CLIENT, "This needs the client role.");
    }

    /** Listing every organisation and verifying one is admin work. */
    public void requireCanAdminister(Caller caller) {
        caller.requireRole(Role.ADMIN, "This needs the admin role.");
    }
}
