package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.AssignmentInput.PosterInput;
import nl.werkbank.assignment.AssignmentInput.QuestionInput;
import nl.werkbank.assignment.AssignmentInput.Submission;
import nl.werkbank.assignment.AssignmentViews.AssignmentPage;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignmentList;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateInput;
import nl.werkbank.assignment.AssignmentViews.PublicAssignment;
import nl.werkbank.assignment.AssignmentViews.SubmissionReceived;
import nl.werkbank.assignment.AssignmentViews.VerificationResult;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Language;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Role;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.Viewer;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.Problem;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.organisation.Membership;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.subject.SubjectService;

/**
 * Assignments (A-1..A-6): posting with or without an account, the lifecycle as explicit
 * transitions, and the public view that never carries the poster.
 */
@ApplicationScoped
public class AssignmentService {

    /** Dutch working days end in Dutch time; "validThrough passed" is decided there. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final int SWEEP_BATCH = 200;

    /** Who may do what to one assignment. */
    enum Access {
        POSTER,
        ADMIN
    }

    /** What a submission led to: an organisation's draft, or an anonymous posting awaiting its e-mail check. */
    public sealed interface Submitted permits Drafted, Received {}

    public record Drafted(ManagedAssignment assignment) implements Submitted {}

    public record Received(SubmissionReceived receipt) implements Submitted {}

    private final AssignmentRepository assignments;
    private final AssignmentPosterRepository posters;
    private final AssignmentTokenRepository tokens;
    private final ProcedureUpdateRepository updates;
    private final SubmissionLimits submissionLimits;
    private final OrganisationService organisations;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;
    private final Event<ProcedureReported> procedureReported;

    AssignmentService(
            AssignmentRepository assignments,
            AssignmentPosterRepository posters,
            AssignmentTokenRepository tokens,
            ProcedureUpdateRepository updates,
            SubmissionLimits submissionLimits,
            OrganisationService organisations,
            SubjectService subjects,
            Outbox outbox,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock,
            Event<ProcedureReported> procedureReported) {
        this.procedureReported = procedureReported;
        this.assignments = assignments;
        this.posters = posters;
        this.tokens = tokens;
        this.updates = updates;
        this.submissionLimits = submissionLimits;
        this.organisations = organisations;
        this.subjects = subjects;
        this.outbox = outbox;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    // --- posting --------------------------------------------------------------------------

    /**
     * a client posts a draft for their organisation; anyone else posts with their details and
     * must confirm their e-mail address before the assignment goes to review. The answer to an
     * anonymous posting is the same whatever happened, so it tells nothing about the address.
     */
    @Transactional
    public Submitted submit(Viewer viewer, Submission submission, String ipAddress, Language language) {
        if (viewer.isPerson() && viewer.hasRole(Role.CLIENT)) {
            return new Drafted(managedShape(draftForOrganisation(viewer, submission)));
        }
        if (!viewer.isAnonymous()) {
            throw ProblemException.forbidden("Assignments are posted by clients, or without an account.");
        }
        SubmissionReceived receipt = new SubmissionReceived(
                AssignmentStatus.PENDING_VERIFICATION, "Check your e-mail to confirm the assignment.");
        PosterInput poster = submission.poster();
        if (poster == null) {
            throw ProblemException.invalid("poster", "is required when you post without an account");
        }
        validate(submission.assignment());
        if (submission.website() != null && !submission.website().isBlank()) {
            return new Received(receipt);
        }
        submissionLimits.admit(ipAddress, poster.email());

        Instant now = clock.instant();
        UUID subjectId = subjects.createEmailIdentity(language);
        Assignment assignment = newAssignment(submission.assignment(), AssignmentStatus.PENDING_VERIFICATION, now);
        assignment.posterSubjectId = subjectId;
        assignments.persist(assignment);

        AssignmentPoster identity = new AssignmentPoster();
        identity.assignmentId = assignment.id;
        identity.subjectId = subjectId;
        identity.name = poster.name().strip();
        identity.organisationName = poster.organisation().strip();
        identity.email = poster.email().strip();
        identity.phone = poster.phone().strip();
        posters.persist(identity);

        String token = issueToken(
                assignment.id,
                AssignmentToken.Purpose.VERIFY,
                now.plus(config.submissions().verificationValidity()));
        outbox.enqueue(new Mail(
                subjectId,
                identity.email,
                language,
                "assignment-verify",
                Map.of(
                        "name",
                        identity.name,
                        "title",
                        assignment.title,
                        "token",
                        token,
                        "hours",
                        config.submissions().verificationValidity().toHours())));
        return new Received(receipt);
    }

    /** the single-use link from the e-mail confirms the address and sends the assignment to review. */
    @Transactional
    public VerificationResult verify(String token) {
        Instant now = clock.instant();
        AssignmentToken verification = tokens.findByIdOptional(CapabilityTokens.hash(token))
                .filter(t ->
                        t.purpose == AssignmentToken.Purpose.VERIFY && t.usedAt == null && t.expiresAt.isAfter(now))
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        verification.usedAt = now;
        Assignment assignment = assignments.findById(verification.assignmentId);
        requireStatus(assignment, AssignmentStatus.PENDING_VERIFICATION);
        assignment.status = AssignmentStatus.PENDING_REVIEW;
        assignment.updatedAt = now;
        AssignmentPoster poster = posters.findById(assignment.id);
        poster.emailVerifiedAt = now;
        subjects.recordMeaningfulContact(poster.subjectId);

        String manageToken = issueToken(assignment.id, AssignmentToken.Purpose.MANAGE, manageTokenExpiry(assignment));
        outbox.enqueue(new Mail(
                poster.subjectId,
                poster.email,
                languageOf(poster.subjectId),
                "assignment-manage",
                Map.of("name", poster.name, "title", assignment.title, "token", manageToken, "id", assignment.id)));
        return new VerificationResult(assignment.id, assignment.status, manageToken);
    }

    // --- public -----------------------------------------------------------------------------

    @Transactional
    public AssignmentPage publicList(AssignmentSearch search, String cursor, Integer limit) {
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<Assignment> page = Page.of(
                assignments.published(search, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                size,
                a -> KeysetCursor.after(a.publishedAt, a.id));
        return new AssignmentPage(
                page.items().stream()
                        .map(a -> AssignmentShapes.summaryOf(a, hiringOrganization(a)))
                        .toList(),
                page.nextCursor());
    }

    /** Published: the public shape. Closed or archived: 410, so search engines drop the page (F-3). */
    @Transactional
    public PublicAssignment publicView(UUID id) {
        Assignment assignment =
                assignments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such assignment."));
        return switch (assignment.status) {
            case PUBLISHED ->
                AssignmentShapes.publicOf(assignment, hiringOrganization(assignment), pageUrl(assignment.id));
            case CLOSED, ARCHIVED -> throw ProblemException.gone("This assignment is closed.");
            default -> throw ProblemException.notFound("No such assignment.");
        };
    }

    // --- feeds and crawlers (F-1, F-3) -----------------------------------------------------------

    /** The assignments among {@code ids} that are published now, as feeds show them; others are absent. */
    @Transactional
    public Map<UUID, PublishedPosting> publishedPostings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Assignment> published =
                assignments.list("id IN ?1 AND status = ?2", Set.copyOf(ids), AssignmentStatus.PUBLISHED);
        Map<UUID, String> names = organisations.verifiedNamesOf(published.stream()
                .filter(a -> a.nameOrganisation && a.organisationId != null)
                .map(a -> a.organisationId)
                .collect(Collectors.toSet()));
        Map<UUID, PublishedPosting> postings = new HashMap<>();
        for (Assignment a : published) {
            String organisation = a.nameOrganisation && a.organisationId != null ? names.get(a.organisationId) : null;
            postings.put(a.id, AssignmentShapes.publishedOf(a, organisation, pageUrl(a.id)));
        }
        return postings;
    }

    /** A published assignment's crawlable page (F-1); 410 once closed, 404 otherwise, as {@link #publicView}. */
    @Transactional
    public PublishedPosting publishedPosting(UUID id) {
        publicView(id);
        return publishedPostings(List.of(id)).get(id);
    }

    /** One batch of the sitemap: published assignments oldest first, after the given position. */
    @Transactional
    public List<PageLocation> publishedPages(Optional<KeysetCursor> after, int limit) {
        return assignments.publishedPages(after.map(KeysetCursor::instantKey), after.map(KeysetCursor::id), limit);
    }

    /** Where a published assignment's crawlable page lives. */
    public String pageUrl(UUID id) {
        return config.publicUrl() + "/jobs/" + id;
    }

    // --- poster and staff -------------------------------------------------------------------

    @Transactional
    public ManagedAssignment managed(Viewer viewer, Optional<String> manageToken, UUID id) {
        Assignment assignment = find(id);
        requireCanManage(viewer, manageToken, assignment);
        return managedShape(assignment);
    }

    @Transactional
    public ManagedAssignmentList ofMyOrganisation(Viewer viewer) {
        Membership membership = requireMembership(viewer);
        return new ManagedAssignmentList(assignments.ofOrganisation(membership.organisationId()).stream()
                .map(this::managedShape)
                .toList());
    }

    @Transactional
    public ManagedAssignmentList reviewQueue(Viewer viewer) {
        requireAdmin(viewer);
        return new ManagedAssignmentList(
                assignments.inReview().stream().map(this::managedShape).toList());
    }

    /** Only a draft can be edited; what has been reviewed or published changes through transitions. */
    @Transactional
    public ManagedAssignment update(Viewer viewer, Optional<String> manageToken, UUID id, AssignmentInput input) {
        Assignment assignment = find(id);
        requirePoster(requireCanManage(viewer, manageToken, assignment));
        requireStatus(assignment, AssignmentStatus.DRAFT);
        validate(input);
        apply(assignment, input);
        assignment.updatedAt = clock.instant();
        return managedShape(assignment);
    }

    @Transactional
    public ManagedAssignment submitForReview(Viewer viewer, Optional<String> manageToken, UUID id) {
        Assignment assignment = find(id);
        requirePoster(requireCanManage(viewer, manageToken, assignment));
        requireStatus(assignment, AssignmentStatus.DRAFT);
        requireValidThroughAhead(assignment);
        return transition(assignment, AssignmentStatus.PENDING_REVIEW);
    }

    @Transactional
    public ManagedAssignment approve(Viewer viewer, UUID id) {
        Assignment assignment = find(id);
        requireAdmin(requireCanManage(viewer, Optional.empty(), assignment));
        requireStatus(assignment, AssignmentStatus.PENDING_REVIEW);
        requireValidThroughAhead(assignment);
        assignment.rejectionReason = null;
        assignment.publishedAt = clock.instant();
        ManagedAssignment result = transition(assignment, AssignmentStatus.PUBLISHED);
        notifyPoster(assignment, "assignment-approved", Map.of("title", assignment.title, "id", assignment.id));
        return result;
    }

    /** Admin review may reject with a reason; the assignment goes back to draft for the poster. */
    @Transactional
    public ManagedAssignment reject(Viewer viewer, UUID id, String reason) {
        Assignment assignment = find(id);
        requireAdmin(requireCanManage(viewer, Optional.empty(), assignment));
        requireStatus(assignment, AssignmentStatus.PENDING_REVIEW);
        assignment.rejectionReason = reason.strip();
        ManagedAssignment result = transition(assignment, AssignmentStatus.DRAFT);
        notifyPoster(
                assignment,
                "assignment-rejected",
                Map.of("title", assignment.title, "reason", assignment.rejectionReason));
        return result;
    }

    @Transactional
    public ManagedAssignment close(Viewer viewer, Optional<String> manageToken, UUID id) {
        Assignment assignment = find(id);
        requireCanManage(viewer, manageToken, assignment);
        requireStatus(assignment, AssignmentStatus.PUBLISHED);
        assignment.closedAt = clock.instant();
        return transition(assignment, AssignmentStatus.CLOSED);
    }

    @Transactional
    public ManagedAssignment archive(Viewer viewer, Optional<String> manageToken, UUID id) {
        Assignment assignment = find(id);
        requireCanManage(viewer, manageToken, assignment);
        requireStatus(assignment, AssignmentStatus.CLOSED);
        return transition(assignment, AssignmentStatus.ARCHIVED);
    }

    /** the poster reports how the procedure goes; it is kept with the assignment. */
    @Transactional
    public ManagedAssignment reportProgress(
            Viewer viewer, Optional<String> manageToken, UUID id, ProcedureUpdateInput input) {
        Assignment assignment = find(id);
        requirePoster(requireCanManage(viewer, manageToken, assignment));
        if (assignment.status != AssignmentStatus.PUBLISHED && assignment.status != AssignmentStatus.CLOSED) {
            throw ProblemException.conflict("Progress can be reported while the assignment is published or closed, not "
                    + assignment.status + ".");
        }
        Instant now = clock.instant();
        ProcedureUpdate update = new ProcedureUpdate();
        update.id = UUID.randomUUID();
        update.assignmentId = assignment.id;
        update.status = input.status();
        update.message = input.message() == null || input.message().isBlank()
                ? null
                : input.message().strip();
        update.createdAt = now;
        updates.persist(update);
        assignment.procedureStatus = input.status();
        assignment.updatedAt = now;
        procedureReported.fire(new ProcedureReported(assignment.id, assignment.title, update.status, update.message));
        return managedShape(assignment);
    }

    // --- for the responses feature ---------------------------------------------------------------

    /** 404 for assignments the public may not know; anything else answers with its facts. */
    @Transactional
    public AssignmentFacts factsForResponse(UUID id) {
        Assignment assignment = find(id);
        if (assignment.status == AssignmentStatus.DRAFT
                || assignment.status == AssignmentStatus.PENDING_VERIFICATION
                || assignment.status == AssignmentStatus.PENDING_REVIEW) {
            throw ProblemException.notFound("No such assignment.");
        }
        return factsOf(assignment);
    }

    /** The caller may handle the responses of this assignment: its poster, by organisation or management link. */
    @Transactional
    public AssignmentFacts requirePosterOf(Viewer viewer, Optional<String> manageToken, UUID id) {
        Assignment assignment = find(id);
        requirePoster(requireCanManage(viewer, manageToken, assignment));
        return factsOf(assignment);
    }

    /** What a respondent may see of the procedure: status and reports, never the poster. */
    @Transactional
    public List<AssignmentViews.ProcedureUpdateView> procedureOf(UUID id) {
        return updates.ofAssignment(id).stream()
                .map(u -> new AssignmentViews.ProcedureUpdateView(u.status, u.message, u.createdAt))
                .toList();
    }

    private AssignmentFacts factsOf(Assignment assignment) {
        Optional<LocalDate> lastDay = assignment.startDate == null || assignment.durationWeeks == null
                ? Optional.empty()
                : Optional.of(
                        assignment.startDate.plusWeeks(assignment.durationWeeks).minusDays(1));
        return new AssignmentFacts(
                assignment.id,
                assignment.title,
                assignment.status,
                List.copyOf(assignment.questions),
                Optional.ofNullable(assignment.organisationId),
                posterAddress(assignment),
                lastDay);
    }

    private Optional<AssignmentFacts.PosterAddress> posterAddress(Assignment assignment) {
        Optional<AssignmentPoster> anonymous = posters.findByIdOptional(assignment.id);
        if (anonymous.isPresent()) {
            AssignmentPoster poster = anonymous.get();
            return Optional.of(
                    new AssignmentFacts.PosterAddress(poster.subjectId, poster.email, languageOf(poster.subjectId)));
        }
        if (assignment.posterSubjectId == null) {
            return Optional.empty();
        }
        return subjects.mailAddressOf(assignment.posterSubjectId)
                .map(address -> new AssignmentFacts.PosterAddress(
                        assignment.posterSubjectId, address.email(), address.language()));
    }

    // --- scheduled ------------------------------------------------------------------------

    /** published assignments whose validThrough has passed are closed. Returns how many. */
    @Transactional
    public int closeExpired() {
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        Instant now = clock.instant();
        List<Assignment> expired = assignments.publishedEndedBefore(today, SWEEP_BATCH);
        expired.forEach(a -> {
            a.status = AssignmentStatus.CLOSED;
            a.closedAt = now;
            a.updatedAt = now;
        });
        return expired.size();
    }

    /**
     * T-1: submissions whose e-mail address was never confirmed are removed after seven days,
     * with the poster's identity and its queued mail. Returns how many.
     */
    @Transactional
    public int removeUnverified() {
        Instant now = clock.instant();
        List<Assignment> stale = assignments.unverifiedCreatedBefore(
                now.minus(config.submissions().unverifiedRetention()), SWEEP_BATCH);
        for (Assignment assignment : stale) {
            UUID subjectId = assignment.posterSubjectId;
            assignments.delete(assignment);
            assignments.flush();
            if (subjectId != null) {
                subjects.forget(subjectId);
            }
        }
        submissionLimits.forgetOlderThan(now.minus(config.submissions().emailWindow()));
        return stale.size();
    }

    // --- rules ------------------------------------------------------------------------------

    private Assignment draftForOrganisation(Viewer viewer, Submission submission) {
        Membership membership = requireMembership(viewer);
        if (submission.poster() != null) {
            throw ProblemException.invalid("poster", "must be empty: you post for your organisation");
        }
        validate(submission.assignment());
        Assignment assignment = newAssignment(submission.assignment(), AssignmentStatus.DRAFT, clock.instant());
        assignment.posterSubjectId = subjects.subjectOf(viewer);
        assignment.organisationId = membership.organisationId();
        assignments.persist(assignment);
        return assignment;
    }

    private Assignment newAssignment(AssignmentInput input, AssignmentStatus status, Instant now) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.status = status;
        assignment.procedureStatus = ProcedureStatus.OPEN;
        assignment.createdAt = now;
        assignment.updatedAt = now;
        apply(assignment, input);
        return assignment;
    }

    private static void apply(Assignment assignment, AssignmentInput input) {
        assignment.title = input.title().strip();
        assignment.description = input.description().strip();
        assignment.region = input.region();
        assignment.remote = input.remote();
        assignment.startDate = input.startDate();
        assignment.durationWeeks = input.durationWeeks();
        assignment.hoursPerWeek = input.hoursPerWeek();
        assignment.rateMinCents = input.rateMinCents();
        assignment.rateMaxCents = input.rateMaxCents();
        assignment.skills = input.skills().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        List<Assignment.Question> questions = new ArrayList<>();
        Map<String, UUID> kept = new HashMap<>();
        if (assignment.questions != null) {
            assignment.questions.forEach(q -> kept.put(q.kind() + "|" + q.text(), q.id()));
        }
        for (QuestionInput q : input.questions()) {
            String text = q.text().strip();
            UUID id = kept.getOrDefault(q.kind() + "|" + text, UUID.randomUUID());
            questions.add(new Assignment.Question(
                    id,
                    q.kind(),
                    text,
                    q.required(),
                    q.kind() == QuestionKind.CHOICE
                            ? q.options().stream().map(String::strip).toList()
                            : List.of()));
        }
        assignment.questions = questions;
        assignment.validThrough = input.validThrough();
        assignment.nameOrganisation = input.nameOrganisation();
    }

    /** Rules across fields, beyond what the input's annotations check. */
    private void validate(AssignmentInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.rateMinCents() != null
                && input.rateMaxCents() != null
                && input.rateMinCents() > input.rateMaxCents()) {
            errors.add(new Problem.FieldError("assignment.rateMaxCents", "must not be lower than rateMinCents"));
        }
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        if (input.validThrough().isBefore(today)) {
            errors.add(new Problem.FieldError("assignment.validThrough", "must not be in the past"));
        }
        for (int i = 0; i < input.questions().size(); i++) {
            QuestionInput q = input.questions().get(i);
            int options = q.options() == null ? 0 : q.options().size();
            if (q.kind() == QuestionKind.CHOICE && options < 2) {
                errors.add(new Problem.FieldError(
                        "assignment.questions[" + i + "].options", "a choice needs at least 2 options"));
            } else if (q.kind() != QuestionKind.CHOICE && options > 0) {
                errors.add(
                        new Problem.FieldError("assignment.questions[" + i + "].options", "only a choice has options"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    String.join(
                            "; ",
                            errors.stream()
                                    .map(e -> e.field() + ": " + e.message())
                                    .toList()),
                    errors);
        }
    }

    private Access requireCanManage(Viewer viewer, Optional<String> manageToken, Assignment assignment) {
        Instant now = clock.instant();
        if (manageToken.isPresent()) {
            boolean valid = tokens.findByIdOptional(CapabilityTokens.hash(manageToken.get()))
                    .filter(t -> t.purpose == AssignmentToken.Purpose.MANAGE
                            && t.assignmentId.equals(assignment.id)
                            && t.expiresAt.isAfter(now))
                    .isPresent();
            if (valid) {
                return Access.POSTER;
            }
        }
        if (viewer.isPerson() && viewer.hasRole(Role.ADMIN)) {
            return Access.ADMIN;
        }
        if (assignment.organisationId != null
                && organisations
                        .membershipOf(viewer)
                        .map(m -> m.organisationId().equals(assignment.organisationId))
                        .orElse(false)) {
            return Access.POSTER;
        }
        throw ProblemException.notFound("No such assignment.");
    }

    private static void requirePoster(Access access) {
        if (access != Access.POSTER) {
            throw ProblemException.forbidden("Only the poster can do this.");
        }
    }

    private static void requireAdmin(Access access) {
        if (access != Access.ADMIN) {
            throw ProblemException.forbidden("Only an admin can review assignments.");
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isPerson() || !viewer.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("Only an admin can review assignments.");
        }
    }

    private Membership requireMembership(Viewer viewer) {
        if (!viewer.isPerson() || !viewer.hasRole(Role.CLIENT)) {
            throw ProblemException.forbidden("This is for clients.");
        }
        return organisations
                .membershipOf(viewer)
                .orElseThrow(() -> ProblemException.forbidden("Register your organisation first."));
    }

    private static void requireStatus(Assignment assignment, AssignmentStatus expected) {
        if (assignment.status != expected) {
            throw ProblemException.conflict(
                    "This needs an assignment in status " + expected + "; it is " + assignment.status + ".");
        }
    }

    private void requireValidThroughAhead(Assignment assignment) {
        if (assignment.validThrough.isBefore(LocalDate.now(clock.withZone(NETHERLANDS)))) {
            throw ProblemException.conflict("Its publication window (validThrough) has already passed.");
        }
    }

    private ManagedAssignment transition(Assignment assignment, AssignmentStatus to) {
        assignment.status = to;
        assignment.updatedAt = clock.instant();
        return managedShape(assignment);
    }

    private Assignment find(UUID id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such assignment."));
    }

    private ManagedAssignment managedShape(Assignment assignment) {
        String organisation = assignment.organisationId == null
                ? null
                : organisations.nameOf(assignment.organisationId).orElse(null);
        return AssignmentShapes.managedOf(
                assignment,
                organisation,
                posters.findByIdOptional(assignment.id).orElse(null),
                updates.ofAssignment(assignment.id));
    }

    /** F-1: named only when the organisation chose so and is verified. */
    private String hiringOrganization(Assignment assignment) {
        if (!assignment.nameOrganisation || assignment.organisationId == null) {
            return null;
        }
        return organisations.verifiedNamesOf(List.of(assignment.organisationId)).get(assignment.organisationId);
    }

    private String issueToken(UUID assignmentId, AssignmentToken.Purpose purpose, Instant expiresAt) {
        String token = CapabilityTokens.newToken();
        AssignmentToken stored = new AssignmentToken();
        stored.tokenHash = CapabilityTokens.hash(token);
        stored.assignmentId = assignmentId;
        stored.purpose = purpose;
        stored.expiresAt = expiresAt;
        stored.createdAt = clock.instant();
        tokens.persist(stored);
        return token;
    }

    /** The management link works until a year after the publication window, then the procedure is long over. */
    private static Instant manageTokenExpiry(Assignment assignment) {
        return assignment.validThrough.plusYears(1).atStartOfDay(NETHERLANDS).toInstant();
    }

    private Language languageOf(UUID subjectId) {
        return subjects.languageOf(subjectId);
    }

    /** Tells the poster: an anonymous poster at their confirmed address, a client at their account's. */
    private void notifyPoster(Assignment assignment, String template, Map<String, Object> data) {
        posterAddress(assignment)
                .ifPresent(poster -> outbox.enqueue(
                        new Mail(poster.subjectId(), poster.email(), poster.language(), template, data)));
    }
}
