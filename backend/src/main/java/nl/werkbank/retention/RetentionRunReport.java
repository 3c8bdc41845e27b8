package nl.werkbank.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-4: what a run did (or, as a dry run, would do), per category. */
@Schema(name = "RetentionRunReport")
public record RetentionRunReport(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "A dry run selects the same records and changes nothing")
        boolean dryRun,

        @Schema(required = true) RunTrigger trigger,
        @Schema(required = true) Instant startedAt,

        @Schema(
                nullable = true,
                description = "When it finished, or was abandoned after a crash; absent while in progress")
        Instant finishedAt,

        @Schema(required = true) List<CategoryReport> categories) {

    /** One category's figures; in a dry run, deleted and anonymised are what would have been. */
    @Schema(name = "RetentionCategoryReport")
    public record CategoryReport(
            @Schema(required = true) String category,

            @Schema(required = true, description = "Records whose period had ended")
            int examined,

            @Schema(required = true) int deleted,
            @Schema(required = true) int anonymised,

            @Schema(required = true, description = "Skipped under a legal hold")
            int held,

            @Schema(required = true, description = "Records in batches that failed; the next run tries them again")
            int errors,

            @Schema(required = true) long durationMs) {}

    @Schema(name = "RetentionRunPage")
    public record Page(
            @Schema(required = true) List<RetentionRunReport> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}
}
