package nl.werkbank.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * T-5: what to hold and why: a subject (everything about the person), or one record of a
 * category by its key. Give the case, not the people's details.
 */
@Schema(name = "LegalHoldInput")
public record LegalHoldInput(
        @Schema(nullable = true, maxLength = 36, description = "The subject to hold; or give category and recordKey")
        UUID subjectId,

        @Pattern(regexp = "^[a-z][a-z0-9-]{0,59}$")
        @Schema(nullable = true, maxLength = 60, pattern = "^[a-z][a-z0-9-]{0,59}$", example = "financial-record")
        String category,

        @Size(max = 200) @Schema(nullable = true, maxLength = 200, description = "The record's key in its category")
        String recordKey,

        @NotBlank
        @Size(max = 2000)
        @Schema(required = true, maxLength = 2000, description = "The dispute or claim")
        @MultiLine
        String reason) {}
