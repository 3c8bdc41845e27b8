package nl.werkbank.profile;

import java.util.List;
import nl.werkbank.profile.ProfileViews.ContactDetails;
import nl.werkbank.profile.ProfileViews.CvInfo;
import nl.werkbank.profile.ProfileViews.Education;
import nl.werkbank.profile.ProfileViews.Experience;
import nl.werkbank.profile.ProfileViews.MemberProfile;
import nl.werkbank.profile.ProfileViews.OwnProfile;
import nl.werkbank.profile.ProfileViews.PublicExperience;
import nl.werkbank.profile.ProfileViews.PublicProfile;

/** Builds each audience's shape from the entity; the only place that decides what goes in it. */
final class ProfileShapes {

    static final String ABROAD = "ABROAD";

    private ProfileShapes() {}

    static PublicProfile publicOf(Profile p, boolean hasCv) {
        return new PublicProfile(
                "public",
                p.id,
                p.headline,
                p.freeTextPublic ? p.summary : null,
                List.copyOf(p.skills),
                p.experience.stream()
                        .map(e -> new PublicExperience(
                                e.role(), e.startMonth(), e.endMonth(), p.freeTextPublic ? e.tasks() : null))
                        .toList(),
                p.education.stream().map(Profile.Education::qualification).toList(),
                regionArea(p.region),
                p.availableFrom,
                p.hoursPerWeek,
                p.rateMinCents,
                p.rateMaxCents,
                List.copyOf(p.languages),
                hasCv);
    }

    static MemberProfile memberOf(Profile p, boolean hasCv, boolean contactAvailable) {
        return new MemberProfile(
                "member",
                p.id,
                p.displayName,
                p.headline,
                p.summary,
                List.copyOf(p.skills),
                experience(p),
                education(p),
                p.region,
                p.availableFrom,
                p.hoursPerWeek,
                p.rateMinCents,
                p.rateMaxCents,
                List.copyOf(p.languages),
                hasCv,
                contactAvailable);
    }

    static OwnProfile ownOf(Profile p, CvInfo cv) {
        return new OwnProfile(
                p.id,
                p.visibility,
                p.restricted,
                p.displayName,
                p.headline,
                p.summary,
                p.freeTextPublic,
                List.copyOf(p.skills),
                experience(p),
                education(p),
                p.region,
                p.availableFrom,
                p.hoursPerWeek,
                p.rateMinCents,
                p.rateMaxCents,
                List.copyOf(p.languages),
                contactOf(p),
                cv,
                p.createdAt,
                p.updatedAt);
    }

    static ContactDetails contactOf(Profile p) {
        return new ContactDetails(p.displayName, p.contactEmail, p.contactPhone, p.contactCallTimes);
    }

    static CvInfo cvInfoOf(CvFile cv) {
        return new CvInfo(cv.fileName, cv.contentType, cv.sizeBytes, cv.uploadedAt);
    }

    /** A four-digit area narrows a person down to a few streets; the public sees the two-digit region. */
    private static String regionArea(String region) {
        return ABROAD.equals(region) ? ABROAD : region.substring(0, 2) + "xx";
    }

    private static List<Experience> experience(Profile p) {
        return p.experience.stream()
                .map(e -> new Experience(e.role(), e.clientName(), e.startMonth(), e.endMonth(), e.tasks()))
                .toList();
    }

    private static List<Education> education(Profile p) {
        return p.education.stream()
                .map(e -> new Education(e.institution(), e.qualification(), e.year()))
                .toList();
    }
}
