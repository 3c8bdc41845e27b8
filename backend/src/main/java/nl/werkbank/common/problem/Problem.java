package nl.werkbank.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error shape of the API. */
@Schema(name = "Problem", description = "RFC 9457 problem details, media type application/problem+json")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One rule that one field of the request broke")
    public record FieldError(
            @Schema(required = true, description = "Path of the field as the client wrote it, e.g. experience[0].role")
            String field,

            @Schema(required = true, description = "Stable machine code of the rule; clients translate by it")
            FieldCode code,

            @Schema(required = true, description = "The rule in the caller's language")
            String message) {}
}
