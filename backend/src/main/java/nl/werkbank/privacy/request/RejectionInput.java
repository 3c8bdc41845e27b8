package nl.werkbank.privacy.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-2: a request refused, with the reason told to the subject. */
@Schema(name = "PrivacyRequestRejection")
public record RejectionInput(
        @NotBlank
        @Size(max = 4000)
        @Schema(required = true, maxLength = 4000, description = "Told to the subject")
        @MultiLine
        String reason) {}
