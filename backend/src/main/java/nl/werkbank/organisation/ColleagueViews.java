package nl.werkbank.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * O-2 on the wire: colleagues, invitations and requests to join. Each list is one organisation's
 * and small, so it comes whole, without a cursor.
 */
public final class ColleagueViews {

    private ColleagueViews() {}

    @Schema(name = "Colleague")
    public record Colleague(
            @Schema(required = true, description = "The membership's id, not the person's")
            UUID id,

            @Schema(nullable = true) String name,
            @Schema(required = true) Instant joinedAt,

            @Schema(required = true, description = "Whether this is the caller")
            boolean you) {}

    @Schema(name = "ColleagueList")
    public record ColleagueList(@Schema(required = true) List<Colleague> items) {}

    @Schema(name = "InvitationInput")
    public record InvitationInput(
            @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320)
            String email) {}

    @Schema(name = "Invitation")
    public record Invitation(
            @Schema(required = true) UUID id,
            @Schema(required = true) String email,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt) {}

    @Schema(name = "InvitationList")
    public record InvitationList(@Schema(required = true) List<Invitation> items) {}

    @Schema(name = "InvitationAcceptance")
    public record InvitationAcceptance(
            @NotBlank @Size(max = 64) @Schema(required = true, maxLength = 64, description = "The token from the link")
            String token) {}

    @Schema(name = "JoinRequestInput")
    public record JoinRequestInput(
            @NotNull
            @Pattern(regexp = "[0-9]{8}", message = "{werkbank.kvk-number}")
            @Schema(required = true, pattern = "^[0-9]{8}$", maxLength = 8)
            String kvkNumber) {}

    /** What the asking client sees: the organisation they asked to join. */
    @Schema(name = "SentJoinRequest")
    public record SentJoinRequest(
            @Schema(required = true) UUID id,
            @Schema(required = true) String organisation,
            @Schema(required = true) Instant createdAt) {}

    /** What members see of someone who asks to join. */
    @Schema(name = "JoinRequest")
    public record JoinRequest(
            @Schema(required = true) UUID id,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String email,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "JoinRequestList")
    public record JoinRequestList(@Schema(required = true) List<JoinRequest> items) {}
}
