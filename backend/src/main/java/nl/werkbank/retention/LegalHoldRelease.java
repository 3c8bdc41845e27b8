package nl.werkbank.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-5: why a hold ends. */
@Schema(name = "LegalHoldRelease")
public record LegalHoldRelease(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) @MultiLine
        String reason) {}
