package nl.werkbank.privacy.breach;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/** Who may keep the breach register: the privacy officer, as a person (SPEC §1, D-9). */
@ApplicationScoped
public class BreachAccess {

    public void requireCanKeepRegister(Caller caller) {
        if (!caller.isPerson() || !caller.hasRole(Role.PRIVACY_OFFICER)) {
            throw ProblemException.forbidden("The breach register is for the privacy officer.");
        }
    }
}
