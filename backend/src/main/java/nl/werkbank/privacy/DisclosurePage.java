package nl.werkbank.privacy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisclosurePage")
public record DisclosurePage(
        @Schema(required = true) List<DisclosureView> items,

        @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
        String nextCursor) {}
