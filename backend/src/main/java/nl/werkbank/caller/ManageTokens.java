package nl.werkbank.caller;

import java.util.Optional;
import java.util.UUID;

/**
 * checks a {@value #HEADER} once per request. The assignment feature owns the tokens and
 * implements this; the caller only learns which assignment, if any, the token manages.
 */
public interface ManageTokens {

    String HEADER = "Werkbank-Manage-Token";

    /** The assignment a valid, unexpired manage token belongs to; empty for anything else. */
    Optional<UUID> assignmentManagedBy(String token);
}
