package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;

/** Who may see the outbox (S-3): admins only; it holds every queued mail's recipient. */
@ApplicationScoped
public class OutboxAccess {

    public void requireCanInspect(Caller caller) {
        caller.requireRole(Role.ADMIN, "The outbox is for admins.");
    }
}
