package nl.werkbank.subject;

import jakarta.validation.constraints.NotNull;
import nl.werkbank.common.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person chooses about their own account. */
@Schema(name = "MePreferences")
public record MePreferences(
        @NotNull @Schema(required = true, description = "Language of the SPA and of e-mails")
        Language language) {}
