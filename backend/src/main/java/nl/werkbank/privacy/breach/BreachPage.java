package nl.werkbank.privacy.breach;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BreachPage")
public record BreachPage(
        @Schema(required = true) List<BreachView> items,

        @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
        String nextCursor) {}
