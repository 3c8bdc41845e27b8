package nl.werkbank.subject;

import java.util.List;
import java.util.UUID;
import nl.werkbank.common.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own account, as they see it. */
@Schema(name = "Me", description = "The caller's own account")
public record Me(
        @Schema(required = true) UUID subjectId,

        @Schema(required = true, description = "Name as the identity provider knows it")
        String name,

        @Schema(nullable = true) String email,

        @Schema(required = true, description = "Werkbank roles of this account")
        List<String> roles,

        @Schema(required = true, description = "Language of the SPA and of e-mails to this person")
        Language language) {}
