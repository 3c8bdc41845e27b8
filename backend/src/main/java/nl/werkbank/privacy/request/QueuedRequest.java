package nl.werkbank.privacy.request;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request in the privacy officer's queue: whose it is (pseudonymously) and the request. */
@Schema(name = "QueuedPrivacyRequest")
public record QueuedRequest(
        @Schema(required = true, description = "The subject who asked")
        UUID subjectId,

        @Schema(required = true) PrivacyRequestView request) {}
