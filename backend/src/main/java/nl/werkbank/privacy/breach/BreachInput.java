package nl.werkbank.privacy.breach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An incident as the privacy officer records or corrects it. Describe what happened without
 * naming the people involved: the register needs the kind of data and how many, not who.
 */
@Schema(name = "BreachInput")
public record BreachInput(
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, description = "What happened") @MultiLine
        String whatHappened,

        @NotNull @Schema(required = true, description = "When we became aware of it; the 72 hours run from here")
        Instant discoveredAt,

        @NotNull @Size(min = 1, max = 8) @Schema(required = true, minItems = 1, maxItems = 8)
        List<@NotNull BreachDataCategory> dataCategories,

        @NotNull @Min(0) @Max(100_000_000) @Schema(required = true, minimum = "0", maximum = "100000000")
        Integer approximateSubjects,

        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) @MultiLine
        String likelyConsequences,

        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) @MultiLine
        String measuresTaken,

        @NotNull
        @Schema(required = true, description = "High risk to people: the affected subjects must be told (Art. 34)")
        Boolean highRisk,

        @NotNull @Schema(required = true) BreachDecision decision,

        @Schema(
                nullable = true,
                maxLength = 35,
                description = "Required when the decision is NOTIFIED, otherwise absent")
        Instant authorityNotifiedAt,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                maxLength = 4000,
                description =
                        "Required when the authority was notified more than 72 hours after discovery, otherwise absent")
        @MultiLine
        String delayReason,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                maxLength = 4000,
                description = "Required when the decision is NOT_NOTIFIABLE, otherwise absent")
        @MultiLine
        String notNotifiableReason) {}
