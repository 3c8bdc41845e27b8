package nl.werkbank.jobalert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.consent.ConsentDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What goes over the wire about job alerts. */
public final class JobAlertViews {

    private JobAlertViews() {}

    @Schema(name = "JobAlert", description = "The caller's saved search and whether alerts are mailed (A-5)")
    public record JobAlertView(
            @Schema(nullable = true, description = "Absent until criteria are saved")
            JobAlertCriteria criteria,

            @Schema(nullable = true, description = "The newest job-alerts decision; absent when never asked")
            ConsentDecision consent,

            @Schema(nullable = true, description = "Where alerts go: the verified address of the account")
            String email,

            @Schema(
                    required = true,
                    description = "Alerts are mailed: criteria saved, consent granted, address verified")
            boolean active) {}

    @Schema(name = "JobAlertSubscription", description = "A visitor without an account subscribes by e-mail")
    public record VisitorSubscription(
            @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320)
            String email,

            @Valid @NotNull @Schema(required = true) JobAlertCriteria criteria) {}

    @Schema(name = "JobAlertSubscriptionReceived")
    public record SubscriptionReceived(
            @Schema(required = true, description = "A confirmation link was mailed; nothing is sent before it is used")
            boolean confirmationMailed) {}

    @Schema(name = "JobAlertConfirmationRequest")
    public record ConfirmationRequest(
            @NotBlank @Size(max = CapabilityTokens.LENGTH) @Schema(required = true, maxLength = CapabilityTokens.LENGTH)
            String token) {}

    @Schema(name = "JobAlertConfirmed")
    public record Confirmed(@Schema(required = true) JobAlertCriteria criteria) {}
}
