package nl.werkbank.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feed's wire shapes (F-1, F-2). */
public final class FeedViews {

    private FeedViews() {}

    /** What a board holds for an assignment: publish it, or drop it. */
    public enum FeedItemStatus {
        PUBLISHED,
        REMOVED
    }

    @Schema(name = "FeedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedItem(
            @Schema(required = true) UUID id,

            @Schema(required = true, description = "REMOVED: closed, archived, withdrawn or erased; drop it")
            FeedItemStatus status,

            @Schema(required = true, description = "The item's position in the feed: when it last changed")
            Instant updatedAt,

            @Schema(description = "schema.org JobPosting (F-1); absent on REMOVED items")
            Map<String, Object> jobPosting) {}

    @Schema(name = "FeedPage")
    public record FeedPage(
            @Schema(required = true) List<FeedItem> items,

            @Schema(
                    required = true,
                    description = "Opaque; pass it as cursor to get the changes after this page. "
                            + "Also given on the last page: poll with it later for new changes.")
            String nextCursor,

            @Schema(required = true, description = "More changes wait now; false once the board has caught up")
            boolean hasMore) {}
}
