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
import nl.werkbank.caller.Caller;
import nl.werkbank.common.DocumentContent;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.privacy.DisclosurePurpose;
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
 * {@link ProfileAccess} and gets the shape that caller may see; contact details and CVs leave
 * only through {@link ProfileAccess#requireCanReleaseContact} and each release is a disclosure (D-8).
 */
@ApplicationScoped
public class ProfileService {

    static final Set<String> CONTACT_CATEGORIES = Set.of("name", "contact-details");
    static final Set<String> CV_CATEGORIES = Set.of("name", "contact-details", "cv");

    private final ProfileRepository profiles;
    private final CvFileRepository cvFiles;
    private final SubjectService subjects;
    private final ProfileAccess access;
    private final DisclosureService disclosures;
    private final OrganisationService organisations;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;

    ProfileService(
            ProfileRepository profiles,
            CvFileRepository cvFiles,
            SubjectService subjects,
            ProfileAccess access,
            DisclosureService disclosures,
            OrganisationService organisations,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock) {
        this.profiles = profiles;
        this.cvFiles = cvFiles;
        this.subjects = subjects;
        this.access = access;
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    // --- the owner --------------------------------------------------------------------------

    /** D-4: a closed account's profile is hidden from everyone at once (erasure follows after 30 days). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hideForClosure(UUID subjectId) {
        profiles.findBySubject(subjectId).ifPresent(profile -> {
            profile.visibility = Visibility.HIDDEN;
            profile.updatedAt = clock.instant();
        });
    }

    @Transactional
    public OwnProfile own(Caller caller) {
        UUID subjectId = access.requireOwner(caller);
        Profile profile = profiles.findBySubject(subjectId)
                .orElseThrow(() -> ProblemException.notFound("You have no profile yet."));
        return ProfileShapes.ownOf(profile, cvInfo(subjectId).orElse(null));
    }

    @Transactional
    public boolean hasProfile(Caller caller) {
        return profiles.findBySubject(access.requireOwner(caller)).isPresent();
    }

    /**
     * C-6: the skills of the subject's profile, for ranking matches when they consented to
     * profiling (the caller checks that); none without a profile.
     */
    @Transactional
    public List<String> skillsForRanking(UUID subjectId) {
        return profiles.findBySubject(subjectId).map(p -> List.copyOf(p.skills)).orElse(List.of());
    }

    /** Creates or replaces the caller's profile; a profile update is meaningful contact (T-2). */
    @Transactional
    public OwnProfile save(Caller caller, ProfileInput input) {
        UUID subjectId = access.requireOwner(caller);
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
            // D-5: a profile made during a restriction is restricted from the start
            created.restricted = subjects.isRestricted(subjectId);
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
    public ProfilePreview preview(Caller caller) {
        UUID subjectId = access.requireOwner(caller);
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
    public CvInfo uploadCv(Caller caller, String clientFileName, Path file) {
        UUID subjectId = access.requireOwner(caller);
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
    public CvDownload ownCv(Caller caller) {
        UUID subjectId = access.requireOwner(caller);
        CvFile cv = cvFiles.findByIdOptional(subjectId).orElseThrow(() -> ProblemException.notFound("You have no CV."));
        return new CvDownload(cv.fileName, cv.contentType, cv.content);
    }

    @Transactional
    public void deleteCv(Caller caller) {
        UUID subjectId = access.requireOwner(caller);
        if (!cvFiles.deleteById(subjectId)) {
            throw ProblemException.notFound("You have no CV.");
        }
    }

    /** a professional responds with their profile's name and contact details and, when asked, its CV. */
    @Transactional
    public Respondent respondent(Caller caller, boolean withCv) {
        UUID subjectId = access.requireOwner(caller);
        Optional<Profile> profile = profiles.findBySubject(subjectId);
        String name = profile.map(p -> p.displayName).or(caller::name).orElseThrow();
        String email = profile.map(p -> p.contactEmail)
                .or(caller::verifiedEmail)
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

    /** P-4: clients (and admins) search profiles others may see; each hit in the caller's shape. */
    @Transactional
    public ProfilePage search(Caller caller, ProfileSearch search, String cursor, Integer limit) {
        access.requireCanSearch(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        ProfileSearch allowed = access.mayFilterOnExactRegion(caller) ? search : search.withPublicRegion();
        List<Profile> found =
                profiles.search(allowed, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size);
        Page<Profile> page = Page.of(found, size, p -> KeysetCursor.after(p.updatedAt, p.id));
        // Issue 14: whether each hit has a CV, for the whole page in one query.
        Set<UUID> withCv =
                cvFiles.withCv(page.items().stream().map(p -> p.subjectId).toList());
        return new ProfilePage(
                page.items().stream()
                        .map(p -> shapeFor(caller, p, withCv.contains(p.subjectId)))
                        .toList(),
                page.nextCursor());
    }

    @Transactional
    public ProfileView view(Caller caller, UUID profileId) {
        return shapeFor(caller, access.requireCanRead(caller, profileId));
    }

    @Transactional
    public ContactDetails releaseContact(Caller caller, UUID profileId) {
        Profile profile = access.requireCanReleaseContact(caller, profileId);
        organisations.takeRelease(caller.membership().orElseThrow());
        disclosures.record(
                profile.subjectId,
                profile.displayName,
                recipient(caller),
                CONTACT_CATEGORIES,
                DisclosurePurpose.RECRUITMENT);
        return ProfileShapes.contactOf(profile);
    }

    @Transactional
    public CvDownload releaseCv(Caller caller, UUID profileId) {
        Profile profile = access.requireCanReleaseContact(caller, profileId);
        CvFile cv = cvFiles.findByIdOptional(profile.subjectId)
                .orElseThrow(() -> ProblemException.notFound("This professional has no CV."));
        organisations.takeRelease(caller.membership().orElseThrow());
        disclosures.record(
                profile.subjectId,
                profile.displayName,
                recipient(caller),
                CV_CATEGORIES,
                DisclosurePurpose.RECRUITMENT);
        return new CvDownload(cv.fileName, cv.contentType, cv.content);
    }

    /**
     * K-3: who an introduction to this profile would reach. Introductions are for
     * {@link Visibility#ANONYMOUS} profiles; a MEMBERS profile's contact details are asked for directly (P-2).
     */
    public record IntroductionTarget(UUID profileId, UUID subjectId, boolean anonymous) {}

    /** K-3: a profile shown to others (404 for any other, staff included: nobody is introduced to a hidden one). */
    @Transactional
    public IntroductionTarget introductionTarget(Caller caller, UUID profileId) {
        Profile profile = access.requireCanRead(caller, profileId);
        if (!profile.shownToOthers()) {
            throw ProblemException.notFound("No such profile.");
        }
        return new IntroductionTarget(profile.id, profile.subjectId, profile.visibility == Visibility.ANONYMOUS);
    }

    /** K-3: the contact details a professional releases by accepting an introduction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ContactDetails> contactOfSubject(UUID subjectId) {
        return profiles.findBySubject(subjectId).map(ProfileShapes::contactOf);
    }

    private ProfileView shapeFor(Caller caller, Profile profile) {
        return shapeFor(
                caller, profile, !cvFiles.withCv(List.of(profile.subjectId)).isEmpty());
    }

    private ProfileView shapeFor(Caller caller, Profile profile, boolean hasCv) {
        if (!access.seesMemberShape(caller, profile)) {
            return ProfileShapes.publicOf(profile, hasCv);
        }
        return ProfileShapes.memberOf(profile, hasCv, access.mayAskForContact(caller, profile));
    }

    private static Recipient recipient(Caller caller) {
        Membership membership = caller.membership().orElseThrow();
        return Recipient.organisation(
                membership.organisationId(),
                caller.subjectId(),
                membership.organisationName(),
                caller.name().orElse(null));
    }

    private Optional<CvInfo> cvInfo(UUID subjectId) {
        return cvFiles.findByIdOptional(subjectId).map(ProfileShapes::cvInfoOf);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
