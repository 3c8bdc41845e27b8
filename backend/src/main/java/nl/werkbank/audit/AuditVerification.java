package nl.werkbank.audit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the whole hash chain. */
@Schema(name = "AuditVerification")
public record AuditVerification(
        @Schema(required = true, description = "Every entry follows its predecessor and matches its hash")
        boolean valid,

        @Schema(required = true, description = "Entries in the chain (after the newest retention checkpoint)")
        long entries,

        @Schema(
                required = true,
                nullable = true,
                description = "The first entry that was changed, inserted or follows a removed one")
        UUID firstBrokenEntry) {}
