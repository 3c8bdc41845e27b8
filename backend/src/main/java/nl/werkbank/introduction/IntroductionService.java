package nl.werkbank.introduction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.introduction.IntroductionViews.AcceptedContactRequest;
import nl.werkbank.introduction.IntroductionViews.AcceptedContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.AnonymisedContactRequest;
import nl.werkbank.introduction.IntroductionViews.AnonymisedContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.CandidateContact;
import nl.werkbank.introduction.IntroductionViews.IncomingIntroduction;
import nl.werkbank.introduction.IntroductionViews.IncomingIntroductionPage;
import nl.werkbank.introduction.IntroductionViews.IntroducedContact;
import nl.werkbank.introduction.IntroductionViews.OwnContactRequest;
import nl.werkbank.introduction.IntroductionViews.OwnContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.RequestedIntroduction;
import nl.werkbank.introduction.IntroductionViews.RequestedIntroductionPage;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.organisation.Membership;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.privacy.DisclosurePurpose;
import nl.werkbank.privacy.DisclosureService;
import nl.werkbank.privacy.Recipient;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.profile.ProfileService.IntroductionTarget;
import nl.werkbank.profile.ProfileViews.ContactDetails;
import nl.werkbank.subject.SubjectService;

/**
 * Double-blind introductions (K-1..K-3). Before acceptance the other side sees only the
 * anonymised shape; on acceptance the details go to exactly one recipient, in the transaction
 * that records the disclosure (D-8), which the disclosure log audits.
 */
@ApplicationScoped
public class IntroductionService {

    static final Set<String> CONTACT_CATEGORIES = Set.of("name", "contact-details");

    private final ContactRequestRepository requests;
    private final IntroductionRepository introductions;
    private final IntroductionAccess access;
    private final ProfileService profiles;
    private final OrganisationService organisations;
    private final SubjectService subjects;
    private final DisclosureService disclosures;
    private final Outbox outbox;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;

    IntroductionService(
            ContactRequestRepository requests,
            IntroductionRepository introductions,
            IntroductionAccess access,
            ProfileService profiles,
            OrganisationService organisations,
            SubjectService subjects,
            DisclosureService disclosures,
            Outbox outbox,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock) {
        this.requests = requests;
        this.introductions = introductions;
        this.access = access;
        this.profiles = profiles;
        this.organisations = organisations;
        this.subjects = subjects;
        this.disclosures = disclosures;
        this.outbox = outbox;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    // --- contact requests to coaches (K-1, K-2) ----------------------------------------------

    /** K-1: exactly what coaches will see of this input, built by the same method as their list. */
    public AnonymisedContactRequest preview(Caller caller, ContactRequestInput input) {
        access.requireCandidate(caller);
        return anonymised(null, topicNames(input.topics()), input.motivation().strip(), input.shareMotivation(), null);
    }

    @Transactional
    public OwnContactRequest send(Caller caller, ContactRequestInput input) {
        UUID candidate = access.requireCandidate(caller);
        Instant now = clock.instant();
        ContactRequest request = new ContactRequest();
        request.id = UUID.randomUUID();
        request.subjectId = candidate;
        request.topics = topicNames(input.topics());
        request.motivation = input.motivation().strip();
        request.shareMotivation = input.shareMotivation();
        request.contactName = input.contact().name().strip();
        request.contactEmail = input.contact().email().strip();
        request.contactPhone = blankToNull(input.contact().phone());
        request.status = ContactRequest.Status.OPEN;
        request.restricted = subjects.isRestricted(candidate);
        request.createdAt = now;
        request.expiresAt = now.plus(config.introductions().expiry());
        requests.persist(request);
        subjects.recordMeaningfulContact(candidate);
        return own(request);
    }

    @Transactional
    public OwnContactRequestPage mine(Caller caller, String cursor, Integer limit) {
        UUID candidate = access.requireCandidate(caller);
        int size = pageLimit.resolve(limit);
        Page<OwnContactRequest> page = Page.of(
                        requests.ofCandidate(candidate, decode(cursor), size),
                        size,
                        r -> KeysetCursor.after(r.createdAt, r.id))
                .map(IntroductionService::own);
        return new OwnContactRequestPage(page.items(), page.nextCursor());
    }

    /** The candidate withdraws a request: it is erased, whatever its state. */
    @Transactional
    public void withdraw(Caller caller, UUID id) {
        UUID candidate = access.requireCandidate(caller);
        requests.delete(access.requireOwnRequest(candidate, requests.findById(id)));
    }

    /** K-1: open requests, anonymised, oldest first (the longest waiting on top). */
    @Transactional
    public AnonymisedContactRequestPage open(Caller caller, String cursor, Integer limit) {
        access.requireCoach(caller);
        int size = pageLimit.resolve(limit);
        Page<AnonymisedContactRequest> page = Page.of(
                        requests.open(clock.instant(), decode(cursor), size),
                        size,
                        r -> KeysetCursor.after(r.createdAt, r.id))
                .map(r -> anonymised(r.id, r.topics, r.motivation, r.shareMotivation, r.createdAt));
        return new AnonymisedContactRequestPage(page.items(), page.nextCursor());
    }

    /**
     * K-2: the first coach to accept gets the contact details; the conditional update decides,
     * so every other accept, at the same instant or later, is a 409 without details.
     */
    @Transactional
    public AcceptedContactRequest accept(Caller caller, UUID id) {
        UUID coach = access.requireCoach(caller);
        String coachName = caller.name().orElse("Coach");
        Instant now = clock.instant();
        if (!requests.acceptIfOpen(id, coach, coachName, now)) {
            ContactRequest existing = requests.findById(id);
            if (existing == null
                    || existing.restricted
                    || (existing.status == ContactRequest.Status.OPEN && !existing.expiresAt.isAfter(now))) {
                throw ProblemException.notFound("No such contact request.");
            }
            throw ProblemException.conflict("Another coach has already accepted this request.");
        }
        ContactRequest request = requests.findById(id);
        disclosures.record(
                request.subjectId,
                request.contactName,
                Recipient.coachNetwork(coach, coachName),
                CONTACT_CATEGORIES,
                DisclosurePurpose.COACHING);
        outbox.enqueue(new Mail(
                request.subjectId,
                request.contactEmail,
                subjects.languageOf(request.subjectId),
                new IntroductionMails.ContactRequestAccepted(coachName)));
        return accepted(request);
    }

    /** K-2: the requests this coach accepted, with the details released to them. */
    @Transactional
    public AcceptedContactRequestPage acceptedByMe(Caller caller, String cursor, Integer limit) {
        UUID coach = access.requireCoach(caller);
        int size = pageLimit.resolve(limit);
        Page<AcceptedContactRequest> page = Page.of(
                        requests.acceptedBy(coach, decode(cursor), size),
                        size,
                        r -> KeysetCursor.after(r.acceptedAt, r.id))
                .map(IntroductionService::accepted);
        return new AcceptedContactRequestPage(page.items(), page.nextCursor());
    }

    // --- introductions to clients (K-3) --------------------------------------------------------

    @Transactional
    public RequestedIntroduction ask(Caller caller, UUID profileId, IntroductionInput input) {
        IntroductionTarget target = profiles.introductionTarget(caller, profileId);
        Membership membership = access.requireVerifiedMember(caller);
        if (!target.anonymous()) {
            throw ProblemException.conflict(
                    "This professional shares contact details with verified organisations: no introduction is needed.");
        }
        if (introductions.openExists(membership.organisationId(), target.profileId())) {
            throw ProblemException.conflict("Your organisation already asked for this introduction.");
        }
        Instant now = clock.instant();
        Introduction introduction = new Introduction();
        introduction.id = UUID.randomUUID();
        introduction.subjectId = target.subjectId();
        introduction.profileId = target.profileId();
        introduction.organisationId = membership.organisationId();
        introduction.requesterSubjectId = caller.subjectId();
        introduction.requesterName = caller.name().orElse(null);
        introduction.message = input.message().strip();
        introduction.status = Introduction.Status.OPEN;
        introduction.createdAt = now;
        introduction.expiresAt = now.plus(config.introductions().expiry());
        introductions.persist(introduction);
        subjects.mailAddressOf(target.subjectId())
                .ifPresent(address -> outbox.enqueue(new Mail(
                        target.subjectId(),
                        address.email(),
                        address.language(),
                        new IntroductionMails.IntroductionRequested(
                                membership.organisationName(),
                                config.introductions().expiry().toDays()))));
        return requested(introduction, Optional.empty());
    }

    @Transactional
    public RequestedIntroductionPage askedByMyOrganisation(Caller caller, String cursor, Integer limit) {
        Membership membership = access.requireMember(caller);
        int size = pageLimit.resolve(limit);
        Page<RequestedIntroduction> page = Page.of(
                        introductions.ofOrganisation(membership.organisationId(), decode(cursor), size),
                        size,
                        i -> KeysetCursor.after(i.createdAt, i.id))
                .map(i -> requested(i, releasedTo(membership, i)));
        return new RequestedIntroductionPage(page.items(), page.nextCursor());
    }

    @Transactional
    public IncomingIntroductionPage incoming(Caller caller, String cursor, Integer limit) {
        UUID professional = access.requireProfessional(caller);
        int size = pageLimit.resolve(limit);
        Page<Introduction> page = Page.of(
                introductions.toProfessional(professional, decode(cursor), size),
                size,
                i -> KeysetCursor.after(i.createdAt, i.id));
        return new IncomingIntroductionPage(
                page.items().stream().map(this::incoming).toList(), page.nextCursor());
    }

    /**
     * K-3: the professional accepts or declines; only an acceptance sends name and contact
     * details to the organisation, and a decline tells it nothing but DECLINED.
     */
    @Transactional
    public IncomingIntroduction decide(Caller caller, UUID id, boolean accepted) {
        UUID professional = access.requireProfessional(caller);
        Introduction introduction = access.requireAddressedTo(professional, introductions.findById(id));
        Instant now = clock.instant();
        Introduction.Status decision = accepted ? Introduction.Status.ACCEPTED : Introduction.Status.DECLINED;
        if (!introductions.decideIfOpen(id, decision, now)) {
            throw ProblemException.conflict(
                    introduction.status == Introduction.Status.OPEN
                            ? "This request has expired."
                            : "You have already answered this request.");
        }
        introductions.getEntityManager().refresh(introduction);
        if (accepted) {
            disclosures.record(
                    professional,
                    profiles.contactOfSubject(professional)
                            .map(ContactDetails::displayName)
                            .orElse(null),
                    Recipient.organisation(
                            introduction.organisationId,
                            introduction.requesterSubjectId,
                            organisations.nameOf(introduction.organisationId).orElse("—"),
                            introduction.requesterName),
                    CONTACT_CATEGORIES,
                    DisclosurePurpose.RECRUITMENT);
        }
        subjects.recordMeaningfulContact(professional);
        return incoming(introduction);
    }

    // --- retention ----------------------------------------------------------------------------

    /**
     * Erases open requests past their expiry, with their messages, and decided ones once the
     * same period has passed since the decision. Called by {@link IntroductionMaintenance}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long eraseExpired() {
        Instant now = clock.instant();
        Instant decidedBefore = now.minus(config.introductions().expiry());
        return requests.deleteExpired(now, decidedBefore) + introductions.deleteExpired(now, decidedBefore);
    }

    // --- shapes ---------------------------------------------------------------------------------

    private static AnonymisedContactRequest anonymised(
            UUID id, List<String> topics, String motivation, boolean share, Instant createdAt) {
        return new AnonymisedContactRequest(id, topicsOf(topics), share ? motivation : null, createdAt);
    }

    private static OwnContactRequest own(ContactRequest r) {
        return new OwnContactRequest(
                r.id,
                topicsOf(r.topics),
                r.motivation,
                r.shareMotivation,
                new CandidateContact(r.contactName, r.contactEmail, r.contactPhone),
                r.status,
                r.coachName,
                r.acceptedAt,
                r.createdAt,
                r.expiresAt);
    }

    private static AcceptedContactRequest accepted(ContactRequest r) {
        return new AcceptedContactRequest(
                r.id,
                topicsOf(r.topics),
                r.shareMotivation ? r.motivation : null,
                new CandidateContact(r.contactName, r.contactEmail, r.contactPhone),
                r.acceptedAt);
    }

    private IncomingIntroduction incoming(Introduction i) {
        return new IncomingIntroduction(
                i.id,
                organisations.nameOf(i.organisationId).orElse("—"),
                i.requesterName,
                i.message,
                i.status,
                i.createdAt,
                i.expiresAt,
                i.decidedAt);
    }

    /** Contact details only for an accepted introduction, and only while the organisation is verified. */
    private Optional<IntroducedContact> releasedTo(Membership membership, Introduction i) {
        if (i.status != Introduction.Status.ACCEPTED || !membership.verified()) {
            return Optional.empty();
        }
        return profiles.contactOfSubject(i.subjectId).map(IntroductionService::introduced);
    }

    private static IntroducedContact introduced(ContactDetails contact) {
        return new IntroducedContact(contact.displayName(), contact.email(), contact.phone());
    }

    private static RequestedIntroduction requested(Introduction i, Optional<IntroducedContact> contact) {
        return new RequestedIntroduction(i.id, i.profileId, i.status, i.createdAt, i.expiresAt, contact.orElse(null));
    }

    private static List<String> topicNames(List<CoachingTopic> topics) {
        return topics.stream().distinct().map(Enum::name).toList();
    }

    private static List<CoachingTopic> topicsOf(List<String> names) {
        return names.stream().map(CoachingTopic::valueOf).toList();
    }

    private static Optional<KeysetCursor> decode(String cursor) {
        return Optional.ofNullable(cursor).map(KeysetCursor::decode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
