package nl.werkbank.retention;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-4: run the due sweeps now, for real or as a dry run. */
@Schema(name = "RetentionRunInput")
public record RetentionRunInput(
        @NotNull @Schema(required = true) Boolean dryRun) {}
