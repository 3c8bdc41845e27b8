package nl.werkbank.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage")
public record AuditPage(
        @Schema(required = true) List<AuditEntryView> items,

        @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
        String nextCursor) {}
