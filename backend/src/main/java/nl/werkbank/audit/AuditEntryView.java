package nl.werkbank.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the privacy officer reads it. */
@Schema(name = "AuditEntry")
public record AuditEntryView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "Position in the hash chain, from 1 without gaps")
        long sequence,

        @Schema(required = true) Instant occurredAt,

        @Schema(required = true, description = "subject:<uuid>, client:<client id> or system")
        String actor,

        @Schema(required = true) AuditAction action,

        @Schema(
                required = true,
                nullable = true,
                description = "Pseudonymous id of the subject whose data the action concerned")
        UUID subjectRef,

        @Schema(required = true, description = "Ids and codes only, never personal data")
        Map<String, String> details,

        @Schema(required = true, description = "SHA-256 (hex) of the previous entry, or 64 zeros for the first")
        String previousHash,

        @Schema(required = true, description = "SHA-256 (hex) over this entry's content and previousHash")
        String hash) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id,
                entry.seq,
                entry.occurredAt,
                entry.actor,
                AuditAction.valueOf(entry.action),
                entry.subjectRef,
                new TreeMap<>(entry.details),
                entry.previousHash,
                entry.hash);
    }
}
