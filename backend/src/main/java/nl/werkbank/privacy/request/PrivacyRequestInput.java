package nl.werkbank.privacy.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-1: what an account holder asks for. */
@Schema(name = "PrivacyRequestInput")
public record PrivacyRequestInput(
        @NotNull @Schema(required = true) RequestType type,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                maxLength = 4000,
                description = "What to correct, what to object to, or anything else the privacy officer should know")
        @MultiLine
        String details) {}
