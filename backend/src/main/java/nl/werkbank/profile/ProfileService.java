package nl.werkbank.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.common.DocumentContent;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Role;
import nl.werkbank.common.Text;
import nl.werkbank.common.Viewer;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.privacy.DisclosureService;
import nl.werkbank.privacy.Recipient;
import nl.werkbank.profile.ProfileViews.ContactDetails;
import nl.werkbank.profile.ProfileViews.CvInfo;
import nl.werkbank.profile.ProfileViews.OwnProfile;
import nl.werkbank.profile.ProfileViews.ProfilePage;
import nl.werkbank.profile.ProfileViews.ProfilePreview;
import nl.werkbank.profile.ProfileViews.ProfileView;
import nl.werkbank.subject.SubjectService;

/**
 * Profiles and CVs (P-1..P-6). Every read by someone other than the owner goes through
 * {@link #requireCanRead} and gets the shape that viewer may see; contact details and CVs
 * leave only through {@link #requireCanReleaseContact} and each release is a disclosure (D-8).
 */
@ApplicationScoped
public class ProfileService {

    static final String PURPOSE_RECRUITMENT = "recruitment";
    static final Set<String> CONTACT_CATEGORIES = Set.of("name", "contact-details");
    static final Set<String> CV_CATEGORIES = Set.of("name", "contact-details", "cv");

    private final ProfileRepository profiles;
    private final CvFileRepository cvFiles;
    private final SubjectService subjects;
    private final OrganisationService organisations;
    private final DisclosureService disclosures;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;

    ProfileService(
            ProfileRepository profiles,
            CvFileRepository cvFiles,
            SubjectService subjects,
            OrganisationService organisations,
            DisclosureService disclosures,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock) {
        this.profiles = profiles;
        this.cvFiles = cvFiles;
        this.subjects = subjects;
        this.organisations = organisations;
        this.disclosures = disclosures;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    // --- the owner --------------------------------------------------------------------------

    @Transactional
    public OwnProfile own(Viewer viewer) {
        UUID subjectId = requireProfessional(viewer);
        Profile profile = profiles.findBySubject(subjectId)
                .orElseThrow(() -> ProblemException.notFound("You have no profile yet."));
        return ProfileShapes.ownOf(profile, cvInfo(subjectId).orElse(null));
    }

    @Transactional
    public boolean hasProfile(Viewer viewer) {
        return profiles.findBySubject(requireProfessional(viewer)).isPresent();
    }

    /** Creates or replaces the caller's profile; a profile update is meaningful contact (T-2). */
    @Transactional
    public OwnProfile save(Viewer viewer, ProfileInput input) {
        UUID subjectId = requireProfessional(viewer);
        if (input.rateMinCents() != null
                && input.rateMaxCents() != null
                && input.rateMinCents() > input.rateMaxCents()) {
            throw ProblemException.invalid(
                    "rateMaxCents",
                    FieldCode.RANGE,
                    Text.of("must not be lower than rateMinCents", "mag niet lager zijn dan rateMinCents"));
        }
        Instant now = clock.instant();
        Profile profile = profiles.findBySubject(subjectId).orElseGet(() -> {
            Profile created = new Profile();
            created.id = UUID.randomUUID();
            created.subjectId = subjectId;
            created.createdAt = now;
            return created;
        });
        profile.visibility = input.visibility();
        profile.displayName = input.displayName().strip();
        profile.headline = input.headline().strip();
        profile.summary = blankToNull(input.summary());
        profile.freeTextPublic = input.freeTextPublic();
        profile.skills = input.skills().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        profile.experience = input.experience().stream()
                .map(e -> new Profile.Experience(
                        e.role().strip(),
                        blankToNull(e.clientName()),
                        e.startMonth(),
                        blankToNull(e.endMonth()),
                        blankToNull(e.tasks())))
                .toList();
        profile.education = input.education().stream()
                .map(e -> new Profile.Education(
                        blankToNull(e.institution()), e.qualification().strip(), e.year()))
                .toList();
        profile.region = input.region();
        profile.availableFrom = input.availableFrom();
        profile.hoursPerWeek = input.hoursPerWeek();
        profile.rateMinCents = input.rateMinCents();
        profile.rateMaxCents = input.rateMaxCents();
        profile.languages = input.languages().stream().distinct().toList();
        profile.contactEmail = blankToNull(input.contact().email());
        profile.contactPhone = blankToNull(input.contact().phone());
        profile.contactCallTimes = blankToNull(input.contact().callTimes());
        profile.updatedAt = now;
        if (!profile.isPersistent()) {
            profiles.persist(profile);
        }
        subjects.recordMeaningfulContact(subjectId);
        return ProfileShapes.ownOf(profile, cvInfo(subjectId).orElse(null));
    }

    @Transactional
    public ProfilePreview preview(Viewer viewer) {
        UUID subjectId = requireProfessional(viewer);
        Profile profile = profiles.findBySubject(subjectId)
                .orElseThrow(() -> ProblemException.notFound("You have no profile yet."));
        if (profile.visibility == Visibility.HIDDEN) {
            return new ProfilePreview(null, null);
        }
        boolean hasCv = cvFiles.findByIdOptional(subjectId).isPresent();
        ProfileView verifiedOrganisation = profile.visibility == Visibility.MEMBERS
                ? ProfileShapes.memberOf(profile, hasCv, true)
                : ProfileShapes.publicOf(profile, hasCv);
        return new ProfilePreview(ProfileShapes.publicOf(profile, hasCv), verifiedOrganisation);
    }

    /** P-3: replaces the caller's CV; the type is decided from the bytes. */
    @Transactional
    public CvInfo uploadCv(Viewer viewer, String clientFileName, Path file) {
        UUID subjectId = requireProfessional(viewer);
        if (profiles.findBySubject(subjectId).isEmpty()) {
            throw ProblemException.conflict("Create your profile before you upload a CV.");
        }
        DocumentContent.Document document =
                DocumentContent.read("file", clientFileName, file, config.cv().maxBytes());
        CvFile cv = cvFiles.findByIdOptional(subjectId).orElseGet(() -> {
            CvFile created = new CvFile();
            created.subjectId = subjectId;
            return created;
        });
        cv.fileName = document.fileName();
        cv.contentType = document.contentType();
        cv.sizeBytes = document.content().length;
        cv.content = document.content();
        cv.uploadedAt = clock.instant();
        if (!cv.isPersistent()) {
            cvFiles.persist(cv);
        }
        subjects.recordMeaningfulContact(subjectId);
        return ProfileShapes.cvInfoOf(cv);
    }

    @Transactional
    public CvDownload ownCv(Viewer viewer) {
        UUID subjectId = requireProfessional(viewer);
        CvFile cv = cvFiles.findByIdOptional(subjectId).orElseThrow(() -> ProblemException.notFound("You have no CV."));
        return new CvDownload(cv.fileName, cv.contentType, cv.content);
    }

    @Transactional
    public void deleteCv(Viewer viewer) {
        UUID subjectId = requireProfessional(viewer);
        if (!cvFiles.deleteById(subjectId)) {
            throw ProblemException.notFound("You have no CV.");
        }
    }

    /** a professional responds with their profile's name and contact details and, when asked, its CV. */
    @Transactional
    public Respondent respondent(Viewer viewer, boolean withCv) {
        UUID subjectId = requireProfessional(viewer);
        Optional<Profile> profile = profiles.findBySubject(subjectId);
        String name = profile.map(p -> p.displayName).or(viewer::name).orElseThrow();
        String email = profile.map(p -> p.contactEmail)
                .or(viewer::email)
                .orElseThrow(
                        () -> ProblemException.conflict("Add an e-mail address to your profile before you respond."));
        Optional<CvDownload> cv = Optional.empty();
        if (withCv) {
            CvFile file = cvFiles.findByIdOptional(subjectId)
                    .orElseThrow(() -> ProblemException.invalid(
                            "useProfileCv",
                            FieldCode.UNKNOWN_REFERENCE,
                            Text.of("your profile has no CV", "je profiel heeft geen cv")));
            cv = Optional.of(new CvDownload(file.fileName, file.contentType, file.content));
        }
        return new Respondent(
                subjectId, name, email, profile.map(p -> p.contactPhone).orElse(null), cv);
    }

    // --- everyone else ----------------------------------------------------------------------

    /** P-4: clients (and admins) search profiles others may see; each hit in the viewer's shape. */
    @Transactional
    public ProfilePage search(Viewer viewer, ProfileSearch search, String cursor, Integer limit) {
        if (!viewer.isPerson() || !(viewer.hasRole(Role.CLIENT) || viewer.hasRole(Role.ADMIN))) {
            throw ProblemException.forbidden("Searching profiles is for client organisations.");
        }
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Audience audience = audienceOf(viewer);
        ProfileSearch allowed = audience.isStaff() || audience.isVerifiedMember() ? search : search.withPublicRegion();
        List<Profile> found =
                profiles.search(allowed, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size);
        Page<ProfileView> page =
                Page.of(found, size, p -> KeysetCursor.after(p.updatedAt, p.id)).map(p -> shapeFor(audience, p));
        return new ProfilePage(page.items(), page.nextCursor());
    }

    @Transactional
    public ProfileView view(Viewer viewer, UUID profileId) {
        Audience audience = audienceOf(viewer);
        return shapeFor(audience, requireCanRead(audience, profileId));
    }

    @Transactional
    public ContactDetails releaseContact(Viewer viewer, UUID profileId) {
        Audience audience = audienceOf(viewer);
        Profile profile = requireCanRead(audience, profileId);
        requireCanReleaseContact(audience, profile);
        disclosures.record(profile.subjectId, recipient(audience), CONTACT_CATEGORIES, PURPOSE_RECRUITMENT);
        return ProfileShapes.contactOf(profile);
    }

    @Transactional
    public CvDownload releaseCv(Viewer viewer, UUID profileId) {
        Audience audience = audienceOf(viewer);
        Profile profile = requireCanRead(audience, profileId);
        requireCanReleaseContact(audience, profile);
        CvFile cv = cvFiles.findByIdOptional(profile.subjectId)
                .orElseThrow(() -> ProblemException.notFound("This professional has no CV."));
        disclosures.record(profile.subjectId, recipient(audience), CV_CATEGORIES, PURPOSE_RECRUITMENT);
        return new CvDownload(cv.fileName, cv.contentType, cv.content);
    }

    // --- authorisation ----------------------------------------------------------------------

    /** Who is looking, as far as profiles are concerned. */
    private record Audience(Viewer viewer, Optional<UUID> subjectId, Optional<Membership> membership) {

        boolean isStaff() {
            return viewer.isPerson() && (viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.PRIVACY_OFFICER));
        }

        boolean isVerifiedMember() {
            return membership.map(Membership::verified).orElse(false);
        }

        boolean owns(Profile profile) {
            return subjectId.map(profile.subjectId::equals).orElse(false);
        }
    }

    private Audience audienceOf(Viewer viewer) {
        if (!viewer.isPerson()) {
            return new Audience(viewer, Optional.empty(), Optional.empty());
        }
        return new Audience(viewer, Optional.of(subjects.subjectOf(viewer)), organisations.membershipOf(viewer));
    }

    /** 404, not 403, for profiles the viewer may not know exist. */
    private Profile requireCanRead(Audience audience, UUID profileId) {
        Profile profile =
                profiles.findByIdOptional(profileId).orElseThrow(() -> ProblemException.notFound("No such profile."));
        if (profile.shownToOthers() || audience.owns(profile) || audience.isStaff()) {
            return profile;
        }
        throw ProblemException.notFound("No such profile.");
    }

    /** P-2, O-1: contact details and CVs go only to members of verified organisations, for MEMBERS profiles. */
    private void requireCanReleaseContact(Audience audience, Profile profile) {
        if (audience.membership().isEmpty()) {
            throw ProblemException.forbidden("Only members of a verified organisation can see contact details.");
        }
        if (!audience.isVerifiedMember()) {
            throw ProblemException.forbidden("Your organisation is not verified yet.");
        }
        if (!profile.shownToOthers()) {
            throw ProblemException.notFound("No such profile.");
        }
        if (profile.visibility != Visibility.MEMBERS) {
            throw ProblemException.forbidden("This professional shares contact details only after an introduction.");
        }
    }

    private ProfileView shapeFor(Audience audience, Profile profile) {
        boolean hasCv = cvFiles.findByIdOptional(profile.subjectId).isPresent();
        boolean member = audience.isStaff()
                || audience.owns(profile)
                || (audience.isVerifiedMember() && profile.visibility == Visibility.MEMBERS);
        if (!member) {
            return ProfileShapes.publicOf(profile, hasCv);
        }
        boolean contactAvailable =
                audience.isVerifiedMember() && profile.visibility == Visibility.MEMBERS && profile.shownToOthers();
        return ProfileShapes.memberOf(profile, hasCv, contactAvailable);
    }

    private static Recipient recipient(Audience audience) {
        Membership membership = audience.membership().orElseThrow();
        return new Recipient(
                membership.organisationId(),
                audience.subjectId().orElseThrow(),
                membership.organisationName(),
                audience.viewer().name().orElse(null));
    }

    private UUID requireProfessional(Viewer viewer) {
        if (!viewer.isPerson() || !viewer.hasRole(Role.PROFESSIONAL)) {
            throw ProblemException.forbidden("Profiles are for professionals.");
        }
        return subjects.subjectOf(viewer);
    }

    private Optional<CvInfo> cvInfo(UUID subjectId) {
        return cvFiles.findByIdOptional(subjectId).map(ProfileShapes::cvInfoOf);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
