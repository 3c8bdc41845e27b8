package nl.werkbank.retention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-1: a change to a policy. */
@Schema(name = "RetentionPolicyInput")
public record RetentionPolicyInput(
        @NotNull
        @Size(max = 20)
        @Schema(required = true, description = "ISO-8601 period, not negative", example = "P30D", maxLength = 20)
        String period,

        @NotNull @Schema(required = true) RetentionAction action,
        @NotNull @Schema(required = true) Boolean enabled) {}
