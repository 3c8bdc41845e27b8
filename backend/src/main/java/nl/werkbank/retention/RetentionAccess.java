package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/** Who may see and change retention: the privacy officer, as a person (SPEC §1, T-1, T-5). */
@ApplicationScoped
public class RetentionAccess {

    public void requireOfficer(Caller caller) {
        if (!caller.isPerson() || !caller.hasRole(Role.PRIVACY_OFFICER)) {
            throw ProblemException.forbidden("Retention policies, runs and legal holds are for the privacy officer.");
        }
    }
}
