package nl.werkbank.introduction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** K-1: what a candidate writes; the contact details go only to the coach who accepts. */
@Schema(name = "ContactRequestInput")
public record ContactRequestInput(
        @NotNull @Size(min = 1, max = 6) @Schema(required = true, minItems = 1, maxItems = 6)
        List<@NotNull CoachingTopic> topics,

        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) @MultiLine
        String motivation,

        @Schema(
                required = true,
                description =
                        "Whether coaches may read the motivation before one accepts; otherwise they see the topics only")
        boolean shareMotivation,

        @NotNull @Valid @Schema(required = true) CandidateContactInput contact) {

    @Schema(name = "CandidateContactInput", description = "Released only to the coach who accepts")
    public record CandidateContactInput(
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String name,

            @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320)
            String email,

            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,30}", message = "{werkbank.phone}")
            @Schema(pattern = "^\\+?[0-9][0-9 ()-]{5,30}$", maxLength = 32)
            String phone) {}
}
