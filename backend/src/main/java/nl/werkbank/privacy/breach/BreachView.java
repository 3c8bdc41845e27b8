package nl.werkbank.privacy.breach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident in the register, with its deadline as of now. */
@Schema(name = "Breach")
public record BreachView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String whatHappened,
        @Schema(required = true) Instant discoveredAt,
        @Schema(required = true) List<BreachDataCategory> dataCategories,
        @Schema(required = true) int approximateSubjects,
        @Schema(required = true) String likelyConsequences,
        @Schema(required = true) String measuresTaken,
        @Schema(required = true) boolean highRisk,
        @Schema(required = true) BreachDecision decision,
        @Schema(required = true, nullable = true) Instant authorityNotifiedAt,
        @Schema(required = true, nullable = true) String delayReason,
        @Schema(required = true, nullable = true) String notNotifiableReason,

        @Schema(required = true, description = "Discovery plus 72 hours: when the authority must have been notified")
        Instant authorityDeadline,

        @Schema(required = true, description = "Still undecided after the deadline")
        boolean overdue,

        @Schema(required = true, description = "Affected subjects told through the outbox so far")
        int subjectsNotified,

        @Schema(required = true, nullable = true) Instant subjectsNotifiedAt,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) Instant updatedAt) {

    static BreachView of(Breach breach, Instant now) {
        return new BreachView(
                breach.id,
                breach.whatHappened,
                breach.discoveredAt,
                breach.dataCategories.stream().map(BreachDataCategory::valueOf).toList(),
                breach.approximateSubjects,
                breach.likelyConsequences,
                breach.measuresTaken,
                breach.highRisk,
                breach.decision,
                breach.authorityNotifiedAt,
                breach.delayReason,
                breach.notNotifiableReason,
                breach.authorityDeadline(),
                breach.isOverdue(now),
                breach.subjectsNotified,
                breach.subjectsNotifiedAt,
                breach.recordedAt,
                breach.updatedAt);
    }
}
