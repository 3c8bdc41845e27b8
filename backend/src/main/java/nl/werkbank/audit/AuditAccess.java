package nl.werkbank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/** Who may read the audit log: the privacy officer, and only as a person (SPEC §1). */
@ApplicationScoped
public class AuditAccess {

    public void requireCanRead(Caller caller) {
        if (!caller.isPerson() || !caller.hasRole(Role.PRIVACY_OFFICER)) {
            throw ProblemException.forbidden("The audit log is for the privacy officer.");
        }
    }
}
