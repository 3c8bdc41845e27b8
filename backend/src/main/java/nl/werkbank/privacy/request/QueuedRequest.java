package nl.werkbank.privacy.request;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request in the privacy officer's queue: whose it is (pseudonymously) and the request. */
@Schema(name = "QueuedPrivacyRequest")
public record QueuedRequest(
        @Schema(required = true, description = "The subject who asked")
        UUID subjectId,

        @Schema(
                required = true,
                description = "Whose data the request is about: the account holder, or for a request by e-mail the"
                        + " subjects without an account tied to the confirmed address (empty: none, or erased)")
        List<UUID> coveredSubjectIds,

        @Schema(required = true) PrivacyRequestView request) {}
