package nl.werkbank.privacy.request;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PrivacyRequestQueue")
public record PrivacyRequestQueue(
        @Schema(required = true, description = "Open requests, the earliest deadline first")
        List<QueuedRequest> items,

        @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
        String nextCursor) {}
