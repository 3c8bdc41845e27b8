package nl.werkbank.introduction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** K-3: a client's message to the professional behind an anonymous profile. */
@Schema(name = "IntroductionInput")
public record IntroductionInput(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) @MultiLine
        String message) {}
