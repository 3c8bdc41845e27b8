package nl.werkbank.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What goes over the wire about consents, notices and unsubscribing. */
public final class ConsentViews {

    private ConsentViews() {}

    @Schema(name = "ConsentInput", description = "A decision about one purpose (C-2, C-5)")
    public record ConsentInput(
            @NotNull
            @Schema(required = true, maxLength = 40, description = "A purpose id of GET /me/consents")
            @Pattern(regexp = "[a-z][a-z-]{0,39}", message = "{werkbank.purpose}")
            String purpose,

            @NotNull
            @Schema(required = true)
            @Pattern(regexp = "GRANT|WITHDRAW|OBJECT", message = "{werkbank.decision}")
            String decision,

            @Schema(nullable = true, description = "The form the decision was taken on; PREFERENCES when absent")
            @Pattern(regexp = "PREFERENCES|NOTICE_CONFIRMATION|JOB_ALERT_FORM", message = "{werkbank.consent-form}")
            String form) {

        ConsentDecision decided() {
            return switch (decision) {
                case "GRANT" -> ConsentDecision.GRANTED;
                case "WITHDRAW" -> ConsentDecision.WITHDRAWN;
                default -> ConsentDecision.OBJECTED;
            };
        }

        ConsentChannel channel() {
            return form == null ? ConsentChannel.PREFERENCES : ConsentChannel.valueOf(form);
        }
    }

    @Schema(name = "ConsentEvent", description = "One decision in the append-only history (C-2)")
    public record ConsentEventView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String purpose,
            @Schema(required = true) ConsentDecision decision,

            @Schema(required = true, description = "Which form, link or mail it came through")
            ConsentChannel channel,

            @Schema(required = true, description = "The privacy-notice version in force")
            int noticeVersion,

            @Schema(required = true) Instant recordedAt) {

        static ConsentEventView of(ConsentEvent event) {
            return new ConsentEventView(
                    event.id, event.purpose, event.decision, event.channel, event.noticeVersion, event.recordedAt);
        }
    }

    @Schema(name = "PurposeConsent", description = "A purpose with its legal basis and the person's current state")
    public record PurposeConsent(
            @Schema(required = true) String purpose,

            @Schema(required = true, description = "In the caller's language")
            String name,

            @Schema(required = true, description = "What it means, in plain language")
            String explanation,

            @Schema(required = true) LegalBasis legalBasis,

            @Schema(required = true, description = "Whether the person can refuse it")
            boolean refusable,

            @Schema(required = true, description = "Direct marketing: an objection is always honoured")
            boolean directMarketing,

            @Schema(nullable = true, description = "The newest decision; absent when never asked")
            ConsentDecision state,

            @Schema(required = true, description = "Whether we process for this purpose now")
            boolean active,

            @Schema(nullable = true, description = "The notice version the newest decision was taken under")
            Integer noticeVersion,

            @Schema(nullable = true) Instant decidedAt,

            @Schema(
                    required = true,
                    description = "Granted under a notice older than its latest material change (C-3):"
                            + " the consent stands, and the person is asked to confirm or withdraw it")
            boolean needsConfirmation) {}

    @Schema(name = "ConsentHistory")
    public record ConsentHistory(
            @Schema(required = true) List<ConsentEventView> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    @Schema(name = "Consents", description = "Every purpose with its state, and the history (C-1, C-2)")
    public record ConsentOverview(
            @Schema(required = true) List<PurposeConsent> purposes,
            @Schema(required = true) int currentNoticeVersion,

            @Schema(required = true, description = "Some purpose needs confirmation after a material notice change")
            boolean confirmationNeeded,

            @Schema(required = true) ConsentHistory history) {}

    @Schema(name = "PrivacyNotice", description = "A version of the privacy notice (C-3)")
    public record NoticeView(
            @Schema(required = true) int version,
            @Schema(required = true) String textNl,
            @Schema(required = true) String textEn,

            @Schema(required = true, description = "A material change asks consents to be confirmed")
            boolean material,

            @Schema(required = true) Instant effectiveAt,
            @Schema(required = true) Instant publishedAt) {

        static NoticeView of(PrivacyNotice notice) {
            return new NoticeView(
                    notice.version,
                    notice.textNl,
                    notice.textEn,
                    notice.material,
                    notice.effectiveAt,
                    notice.publishedAt);
        }
    }

    @Schema(name = "PrivacyNoticeInput")
    public record NoticeInput(
            @NotBlank @Size(max = 50_000) @Schema(required = true)
            String textNl,

            @NotBlank @Size(max = 50_000) @Schema(required = true)
            String textEn,

            @NotNull @Schema(required = true, description = "Whether consent-based purposes must be confirmed again")
            Boolean material,

            @Schema(
                    nullable = true,
                    maxLength = 35,
                    description = "When it takes effect; now when absent, never in the past")
            Instant effectiveAt) {}

    @Schema(name = "Unsubscription", description = "What a signed unsubscribe link is about (C-4)")
    public record UnsubscribeView(
            @Schema(required = true) String purpose,

            @Schema(required = true, description = "In the caller's language")
            String purposeName,

            @Schema(required = true, description = "Whether mail for this purpose is still sent to the link's owner")
            boolean subscribed) {}
}
