package nl.werkbank.privacy.request;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PrivacyRequestPage")
public record PrivacyRequestPage(
        @Schema(required = true) List<PrivacyRequestView> items,

        @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
        String nextCursor) {}
