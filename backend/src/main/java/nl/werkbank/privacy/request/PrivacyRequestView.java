package nl.werkbank.privacy.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.common.idempotency.ShownOnce;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as its subject (and the privacy officer) sees it. */
@Schema(name = "PrivacyRequest")
public record PrivacyRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) RequestType type,
        @Schema(required = true) RequestStatus status,
        @Schema(required = true, nullable = true) String details,
        @Schema(required = true) Instant receivedAt,

        @Schema(
                required = true,
                description = "One calendar month after receipt (Europe/Amsterdam), plus any extension")
        Instant dueAt,

        @Schema(required = true, description = "Still open after the deadline")
        boolean overdue,

        @Schema(required = true, description = "Months added to the deadline, 0 to 2")
        int extensionMonths,

        @Schema(required = true, nullable = true) String rejectionReason,
        @Schema(required = true, nullable = true) Instant closedAt,

        @Schema(required = true, description = "Every step, oldest first")
        List<Step> history,

        @Schema(nullable = true, description = "The archive of an access or portability request, while it is kept")
        ExportLink export,

        @Schema(
                nullable = true,
                description = "The archive's password: only in the 202 answer to an ACCESS or PORTABILITY request,"
                        + " shown this once and stored nowhere")
        String exportPassword)
        implements ShownOnce {

    @Schema(name = "PrivacyRequestStep")
    public record Step(
            @Schema(required = true) Instant occurredAt,
            @Schema(required = true) RequestEvent event,

            @Schema(required = true, description = "The status the request had after this step")
            RequestStatus status,

            @Schema(required = true, nullable = true, description = "The privacy officer's reason")
            String reason) {

        static Step of(PrivacyRequestStep step) {
            return new Step(step.occurredAt, step.event, step.status, step.reason);
        }
    }

    @Schema(name = "PrivacyExportLink")
    public record ExportLink(
            @Schema(
                    required = true,
                    description = "Download with the owner's login; for a request by e-mail, with the download token"
                            + " from the mail in header " + PrivacyRequestsByEmailResource.TOKEN_HEADER)
            String url,

            @Schema(required = true) Instant expiresAt) {}

    static PrivacyRequestView of(
            PrivacyRequest request, List<PrivacyRequestStep> history, Instant exportExpiresAt, Instant now) {
        return new PrivacyRequestView(
                request.id,
                request.type,
                request.status,
                request.details,
                request.receivedAt,
                request.dueAt,
                request.isOverdue(now),
                request.extensionMonths,
                request.rejectionReason,
                request.closedAt,
                history.stream().map(Step::of).toList(),
                exportExpiresAt == null
                        ? null
                        : new ExportLink(
                                request.isByEmail()
                                        ? PrivacyRequestsByEmailResource.EXPORT
                                        : "/api/v1/me/requests/" + request.id + "/export",
                                exportExpiresAt),
                null);
    }

    PrivacyRequestView withExportPassword(String password) {
        return new PrivacyRequestView(
                id,
                type,
                status,
                details,
                receivedAt,
                dueAt,
                overdue,
                extensionMonths,
                rejectionReason,
                closedAt,
                history,
                export,
                password);
    }

    @Override
    public Object withoutSecrets() {
        return withExportPassword(null);
    }
}
