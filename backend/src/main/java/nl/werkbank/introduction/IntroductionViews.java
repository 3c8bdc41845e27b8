package nl.werkbank.introduction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of contact requests and introductions, one record per audience. */
public final class IntroductionViews {

    private IntroductionViews() {}

    /** K-1: all a coach sees of a request before accepting it, and what the candidate previews. */
    @Schema(name = "AnonymisedContactRequest")
    public record AnonymisedContactRequest(
            @Schema(nullable = true, description = "Absent in a preview")
            UUID id,

            @Schema(required = true) List<CoachingTopic> topics,

            @Schema(nullable = true, description = "Only when the candidate chose to share it")
            String motivation,

            @Schema(nullable = true, description = "Absent in a preview")
            Instant createdAt) {}

    @Schema(name = "AnonymisedContactRequestPage")
    public record AnonymisedContactRequestPage(
            @Schema(required = true) List<AnonymisedContactRequest> items,
            @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CandidateContact")
    public record CandidateContact(
            @Schema(required = true) String name,
            @Schema(required = true) String email,
            @Schema(nullable = true) String phone) {}

    /** K-1, K-2: the candidate's own request and who accepted it. */
    @Schema(name = "OwnContactRequest")
    public record OwnContactRequest(
            @Schema(required = true) UUID id,
            @Schema(required = true) List<CoachingTopic> topics,
            @Schema(required = true) String motivation,
            @Schema(required = true) boolean shareMotivation,
            @Schema(required = true) CandidateContact contact,
            @Schema(required = true) ContactRequest.Status status,

            @Schema(nullable = true, description = "The coach who accepted")
            String acceptedBy,

            @Schema(nullable = true) Instant acceptedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt) {}

    @Schema(name = "OwnContactRequestPage")
    public record OwnContactRequestPage(
            @Schema(required = true) List<OwnContactRequest> items,
            @Schema(nullable = true) String nextCursor) {}

    /** K-2: what the accepting coach, and only that coach, receives. */
    @Schema(name = "AcceptedContactRequest")
    public record AcceptedContactRequest(
            @Schema(required = true) UUID id,
            @Schema(required = true) List<CoachingTopic> topics,

            @Schema(nullable = true, description = "Only when the candidate chose to share it")
            String motivation,

            @Schema(required = true) CandidateContact contact,
            @Schema(required = true) Instant acceptedAt) {}

    @Schema(name = "AcceptedContactRequestPage")
    public record AcceptedContactRequestPage(
            @Schema(required = true) List<AcceptedContactRequest> items,
            @Schema(nullable = true) String nextCursor) {}

    /** K-3: an introduction as the professional sees it. */
    @Schema(name = "IncomingIntroduction")
    public record IncomingIntroduction(
            @Schema(required = true) UUID id,
            @Schema(required = true) String organisation,
            @Schema(nullable = true) String requester,
            @Schema(required = true) String message,
            @Schema(required = true) Introduction.Status status,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt,
            @Schema(nullable = true) Instant decidedAt) {}

    @Schema(name = "IncomingIntroductionPage")
    public record IncomingIntroductionPage(
            @Schema(required = true) List<IncomingIntroduction> items,
            @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "IntroducedContact")
    public record IntroducedContact(
            @Schema(required = true) String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {}

    /**
     * K-3: an introduction as the asking organisation sees it. A declined one says DECLINED and
     * nothing else; contact details only once accepted.
     */
    @Schema(name = "RequestedIntroduction")
    public record RequestedIntroduction(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID profileId,
            @Schema(required = true) Introduction.Status status,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt,

            @Schema(nullable = true, description = "Only when accepted")
            IntroducedContact contact) {}

    @Schema(name = "RequestedIntroductionPage")
    public record RequestedIntroductionPage(
            @Schema(required = true) List<RequestedIntroduction> items,
            @Schema(nullable = true) String nextCursor) {}
}
