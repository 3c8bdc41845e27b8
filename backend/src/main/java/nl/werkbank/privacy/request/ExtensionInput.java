package nl.werkbank.privacy.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-2, Art. 12(3): more time for a request, at most two months in all, with the reason told to the subject. */
@Schema(name = "PrivacyRequestExtension")
public record ExtensionInput(
        @NotNull
        @Min(1)
        @Max(2)
        @Schema(required = true, minimum = "1", maximum = "2", description = "Months to add; at most 2 in all")
        Integer months,

        @NotBlank
        @Size(max = 4000)
        @Schema(required = true, maxLength = 4000, description = "Told to the subject")
        @MultiLine
        String reason) {}
