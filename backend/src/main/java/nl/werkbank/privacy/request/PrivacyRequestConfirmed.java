package nl.werkbank.privacy.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * D-1, D-2: a confirmed request by e-mail. The status token is the person's key to the request
 * from now on; it and the archive's password (in the request, for access and portability) are
 * shown this once and stored nowhere in clear.
 */
@Schema(name = "PrivacyRequestConfirmed")
public record PrivacyRequestConfirmed(
        @Schema(required = true, description = "The request; exportPassword is set for ACCESS and PORTABILITY")
        PrivacyRequestView request,

        @Schema(
                required = true,
                description = "Send as header " + PrivacyRequestsByEmailResource.TOKEN_HEADER
                        + " to GET /api/v1/privacy-requests/status; shown once")
        String statusToken) {}
