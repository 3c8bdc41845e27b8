package nl.werkbank.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of a profile, one record per audience (ARCHITECTURE §3). A field that is not in
 * an audience's record cannot reach that audience.
 */
public final class ProfileViews {

    private ProfileViews() {}

    /** What another viewer gets: the public shape, or the member shape when they may see more. */
    @Schema(
            name = "ProfileView",
            oneOf = {PublicProfile.class, MemberProfile.class},
            discriminatorProperty = "shape",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "public", schema = PublicProfile.class),
                @DiscriminatorMapping(value = "member", schema = MemberProfile.class)
            })
    public sealed interface ProfileView permits PublicProfile, MemberProfile {
        String shape();
    }

    /**
     * Everyone may see this of an ANONYMOUS or MEMBERS profile: no name, contact details,
     * employer or client names, institutions, exact postcode area, and free text only when the
     * owner made it public.
     */
    @Schema(name = "PublicProfile")
    public record PublicProfile(
            @Schema(required = true, enumeration = "public") String shape,
            @Schema(required = true) UUID id,
            @Schema(required = true) String headline,
            @Schema(nullable = true) String summary,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) List<PublicExperience> experience,
            @Schema(required = true) List<String> qualifications,

            @Schema(required = true, description = "Two-digit postcode region such as 10xx, or ABROAD")
            String regionArea,

            @Schema(nullable = true) LocalDate availableFrom,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> languages,
            @Schema(required = true) boolean hasCv)
            implements ProfileView {}

    @Schema(name = "PublicExperience")
    public record PublicExperience(
            @Schema(required = true) String role,
            @Schema(required = true) String startMonth,
            @Schema(nullable = true) String endMonth,
            @Schema(nullable = true) String tasks) {}

    /** A member of a verified organisation sees a MEMBERS profile with name and history; contact details only on request. */
    @Schema(name = "MemberProfile")
    public record MemberProfile(
            @Schema(required = true, enumeration = "member") String shape,
            @Schema(required = true) UUID id,
            @Schema(required = true) String displayName,
            @Schema(required = true) String headline,
            @Schema(nullable = true) String summary,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) List<Experience> experience,
            @Schema(required = true) List<Education> education,
            @Schema(required = true) String region,
            @Schema(nullable = true) LocalDate availableFrom,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> languages,
            @Schema(required = true) boolean hasCv,

            @Schema(required = true, description = "Whether this viewer may ask for contact details and the CV")
            boolean contactAvailable)
            implements ProfileView {}

    @Schema(name = "Experience")
    public record Experience(
            @Schema(required = true) String role,
            @Schema(nullable = true) String clientName,
            @Schema(required = true) String startMonth,
            @Schema(nullable = true) String endMonth,
            @Schema(nullable = true) String tasks) {}

    @Schema(name = "Education")
    public record Education(
            @Schema(nullable = true) String institution,
            @Schema(required = true) String qualification,
            @Schema(nullable = true) Integer year) {}

    /** Released one call at a time to a member of a verified organisation; each release is a disclosure. */
    @Schema(name = "ContactDetails")
    public record ContactDetails(
            @Schema(required = true) String displayName,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String callTimes) {}

    @Schema(name = "CvInfo")
    public record CvInfo(
            @Schema(required = true) String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) int sizeBytes,
            @Schema(required = true) Instant uploadedAt) {}

    /** P-6: the owner sees everything held in their profile. */
    @Schema(name = "OwnProfile")
    public record OwnProfile(
            @Schema(required = true) UUID id,
            @Schema(required = true) Visibility visibility,

            @Schema(required = true, description = "Processing is restricted (D-5): hidden from everyone else")
            boolean restricted,

            @Schema(required = true) String displayName,
            @Schema(required = true) String headline,
            @Schema(nullable = true) String summary,
            @Schema(required = true) boolean freeTextPublic,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) List<Experience> experience,
            @Schema(required = true) List<Education> education,
            @Schema(required = true) String region,
            @Schema(nullable = true) LocalDate availableFrom,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> languages,
            @Schema(required = true) ContactDetails contact,
            @Schema(nullable = true) CvInfo cv,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {}

    /** What the owner's choice of visibility shows to others, rendered by the same code that serves them. */
    @Schema(name = "ProfilePreview")
    public record ProfilePreview(
            @Schema(nullable = true, description = "What anyone sees; absent when the profile is hidden")
            PublicProfile publicVisitor,

            @Schema(nullable = true, description = "What a member of a verified organisation sees; absent when hidden")
            ProfileView verifiedOrganisation) {}

    @Schema(name = "ProfilePage")
    public record ProfilePage(
            @Schema(required = true) List<ProfileView> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}
}
