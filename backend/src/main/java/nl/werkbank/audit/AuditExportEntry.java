package nl.werkbank.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An audit entry as it appears in a subject's own export (D-3). Entries about them show what was
 * done and by which kind of actor, not which staff member; entries of their own actions on
 * someone else's data show only what they did and when, because the other person's pseudonymous
 * id and the ids in the details are that person's data, not the requester's.
 */
public record AuditExportEntry(
        Instant occurredAt, AuditAction action, Relation relation, String by, Map<String, String> details) {

    public enum Relation {
        ABOUT_YOU,
        BY_YOU
    }

    static AuditExportEntry of(AuditEntry entry, UUID subjectId) {
        String self = AuditActor.subject(subjectId).value();
        AuditAction action = AuditAction.valueOf(entry.action);
        if (!subjectId.equals(entry.subjectRef)) {
            return new AuditExportEntry(entry.occurredAt, action, Relation.BY_YOU, "you", Map.of());
        }
        return new AuditExportEntry(
                entry.occurredAt,
                action,
                Relation.ABOUT_YOU,
                actorKind(entry.actor, self),
                new TreeMap<>(entry.details));
    }

    private static String actorKind(String actor, String self) {
        if (actor.equals(self)) {
            return "you";
        }
        if (actor.startsWith("client:")) {
            return actor;
        }
        return actor.startsWith("subject:") ? "Werkbank staff" : "Werkbank (automatic)";
    }
}
