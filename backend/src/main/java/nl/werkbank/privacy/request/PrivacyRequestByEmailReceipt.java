package nl.werkbank.privacy.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-1: the one answer to every request by e-mail, whether or not we know the address. */
@Schema(name = "PrivacyRequestByEmailReceipt")
public record PrivacyRequestByEmailReceipt(
        @Schema(required = true, description = "Always AWAITING_VERIFICATION; the SPA words it (issue 16)")
        RequestStatus status) {}
