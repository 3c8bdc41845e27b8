package nl.werkbank.retention;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-1: one data category's policy, as the privacy officer sees it. */
@Schema(name = "RetentionPolicy")
public record RetentionPolicyView(
        @Schema(required = true, example = "closed-account") String category,

        @Schema(required = true, description = "ISO-8601 period, counted from the trigger", example = "P30D")
        String period,

        @Schema(required = true, description = "From which moment the period counts")
        String trigger,

        @Schema(required = true) RetentionAction action,

        @Schema(required = true, description = "Whether the sweeps apply it")
        boolean enabled,

        @Schema(required = true, description = "What this category's sweep can do; empty while no feature sweeps it")
        List<RetentionAction> supportedActions,

        @Schema(nullable = true, description = "The shortest period the law allows, if any", example = "P7Y")
        String legalMinimum,

        @Schema(required = true) Instant updatedAt) {}
