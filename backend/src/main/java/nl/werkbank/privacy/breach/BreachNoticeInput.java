package nl.werkbank.privacy.breach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Art. 34: tell these affected subjects, in plain language, in each one's own language. */
@Schema(name = "BreachNoticeInput")
public record BreachNoticeInput(
        @NotNull @Size(min = 1, max = 1000) @Schema(required = true, minItems = 1, maxItems = 1000)
        List<@NotNull UUID> subjectIds,

        @NotNull @Valid @Schema(required = true) PlainLanguage explanation) {

    /**
     * What happened, what it may mean for the person and what they can do, written for them:
     * the mail frames it with the data concerned and where to ask or complain.
     */
    @Schema(name = "BreachNoticeExplanation")
    public record PlainLanguage(
            @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) @MultiLine
            String nl,

            @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) @MultiLine
            String en) {}
}
