package nl.werkbank.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** a response as the respondent writes it; answers are checked against the assignment's questions. */
@Schema(name = "ResponseInput")
public record ResponseInput(
        @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000) @MultiLine
        String motivation,

        @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20)
        List<@NotNull @Valid AnswerInput> answers,

        @Schema(description = "R-4: erase this response when the procedure closes")
        boolean thisAssignmentOnly,

        @Schema(description = "A logged-in professional sends the CV of their profile")
        boolean useProfileCv,

        @Valid @Schema(description = "Required without an account, absent with one")
        RespondentInput respondent,

        @Schema(hidden = true) String website) {

    /** One answer; yes/no as {@code yes} or {@code no}, numbers as decimal text, choices as one of the options. */
    @Schema(name = "AnswerInput")
    public record AnswerInput(
            @NotNull @Schema(required = true) UUID questionId,

            @NotNull @Size(max = 2000) @Schema(required = true, maxLength = 2000) @MultiLine
            String value) {}

    @Schema(name = "RespondentInput")
    public record RespondentInput(
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String name,

            @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320)
            String email,

            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,30}", message = "{werkbank.phone}") @Schema(maxLength = 32)
            String phone) {}
}
