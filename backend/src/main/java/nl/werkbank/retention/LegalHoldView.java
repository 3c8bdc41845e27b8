package nl.werkbank.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-5: a hold, active while {@code releasedAt} is empty. */
@Schema(name = "LegalHold")
public record LegalHoldView(
        @Schema(required = true) UUID id,
        @Schema(nullable = true) UUID subjectId,
        @Schema(nullable = true) String category,
        @Schema(nullable = true) String recordKey,
        @Schema(required = true) String reason,
        @Schema(required = true) Instant placedAt,
        @Schema(nullable = true) Instant releasedAt,
        @Schema(nullable = true) String releaseReason) {

    static LegalHoldView of(LegalHold hold) {
        return new LegalHoldView(
                hold.id,
                hold.subjectId,
                hold.category,
                hold.recordKey,
                hold.reason,
                hold.placedAt,
                hold.releasedAt,
                hold.releaseReason);
    }

    @Schema(name = "LegalHoldPage")
    public record Page(
            @Schema(required = true) List<LegalHoldView> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}
}
