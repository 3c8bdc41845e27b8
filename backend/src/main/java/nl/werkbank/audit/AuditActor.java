package nl.werkbank.audit;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who acted, in the one text form the log stores and the search filters on:
 * {@code subject:<uuid>} for a person (staff or not, by their subject id, never their name),
 * {@code client:<client id>} for a machine client, {@code system} for the platform itself
 * (sweeps, and releases the platform makes on someone's behalf).
 */
public record AuditActor(String value) {

    /** The forms above and nothing else, so the actor column cannot carry a name or address. */
    public static final Pattern FORM =
            Pattern.compile("^(subject:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                    + "|client:[A-Za-z0-9._-]{1,100}|system)$");

    private static final AuditActor SYSTEM = new AuditActor("system");

    public AuditActor {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an audit actor");
        }
    }

    public static AuditActor subject(UUID subjectId) {
        return new AuditActor("subject:" + subjectId);
    }

    public static AuditActor client(String clientId) {
        return new AuditActor("client:" + clientId);
    }

    public static AuditActor system() {
        return SYSTEM;
    }
}
