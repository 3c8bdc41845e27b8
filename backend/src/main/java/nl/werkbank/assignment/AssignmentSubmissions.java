package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentInput.PosterInput;
import nl.werkbank.assignment.AssignmentInput.Submission;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.SubmissionReceived;
import nl.werkbank.assignment.AssignmentViews.VerificationResult;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.organisation.Membership;
import nl.werkbank.subject.SubjectService;

/**
 * posting with or without an account. A client posts a draft for their organisation; anyone
 * else posts with their details and confirms their e-mail address before the assignment goes to
 * review. T-1: what is never confirmed is removed.
 */
@ApplicationScoped
public class AssignmentSubmissions {

    /** What a submission led to: an organisation's draft, or an anonymous posting awaiting its e-mail check. */
    public sealed interface Submitted permits Drafted, Received {}

    public record Drafted(ManagedAssignment assignment) implements Submitted {}

    public record Received(SubmissionReceived receipt) implements Submitted {}

    private final AssignmentRepository assignments;
    private final AssignmentPosterRepository posters;
    private final AssignmentTokenRepository tokens;
    private final AssignmentAccess access;
    private final AssignmentQueries queries;
    private final SubmissionLimits submissionLimits;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final WerkbankConfig config;
    private final Clock clock;
    private final AssignmentActionQuota quota;

    AssignmentSubmissions(
            AssignmentRepository assignments,
            AssignmentPosterRepository posters,
            AssignmentTokenRepository tokens,
            AssignmentAccess access,
            AssignmentQueries queries,
            SubmissionLimits submissionLimits,
            SubjectService subjects,
            Outbox outbox,
            WerkbankConfig config,
            Clock clock,
            AssignmentActionQuota quota) {
        this.quota = quota;
        this.assignments = assignments;
        this.posters = posters;
        this.tokens = tokens;
        this.access = access;
        this.queries = queries;
        this.submissionLimits = submissionLimits;
        this.subjects = subjects;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The answer to an anonymous posting is the same whatever happened, so it tells nothing about the address. */
    @Transactional
    public Submitted submit(Caller caller, Submission submission) {
        if (access.requireCanPost(caller) == AssignmentAccess.Posting.FOR_ORGANISATION) {
            return new Drafted(queries.managedShape(draftForOrganisation(caller, submission)));
        }
        SubmissionReceived receipt = new SubmissionReceived(AssignmentStatus.PENDING_VERIFICATION);
        PosterInput poster = submission.poster();
        if (poster == null) {
            throw ProblemException.invalid(
                    "poster",
                    FieldCode.REQUIRED,
                    Text.of(
                            "is required when you post without an account",
                            "is verplicht als je zonder account plaatst"));
        }
        AssignmentInputs.validateNew(submission.assignment(), today());
        if (submission.website() != null && !submission.website().isBlank()) {
            return new Received(receipt);
        }
        submissionLimits.admit(caller.clientAddress(), poster.email());

        Instant now = clock.instant();
        UUID subjectId = subjects.createEmailIdentity(caller.language());
        Assignment assignment =
                AssignmentInputs.newAssignment(submission.assignment(), AssignmentStatus.PENDING_VERIFICATION, now);
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
                caller.language(),
                new AssignmentMails.Verify(
                        token, config.submissions().verificationValidity().toHours())));
        return new Received(receipt);
    }

    /** the single-use link from the e-mail confirms the address and sends the assignment to review. */
    @Transactional
    public VerificationResult verify(String token) {
        Instant now = clock.instant();
        UUID assignmentId = tokens.useVerification(token, now)
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        Assignment assignment = assignments.findById(assignmentId);
        assignment.status.requireTransition(AssignmentStatus.PENDING_VERIFICATION, AssignmentStatus.PENDING_REVIEW);
        assignment.status = AssignmentStatus.PENDING_REVIEW;
        assignment.updatedAt = now;
        AssignmentPoster poster = posters.findById(assignment.id);
        poster.emailVerifiedAt = now;
        subjects.recordMeaningfulContact(poster.subjectId);

        String manageToken = issueToken(assignment.id, AssignmentToken.Purpose.MANAGE, manageTokenExpiry(assignment));
        outbox.enqueue(new Mail(
                poster.subjectId,
                poster.email,
                subjects.languageOf(poster.subjectId),
                new AssignmentMails.Manage(poster.name, assignment.title, manageToken, assignment.id)));
        return new VerificationResult(assignment.id, assignment.status, manageToken);
    }

    /**
     * T-1 unverified-submission: anonymous postings whose e-mail address was never confirmed,
     * created before the cutoff, by id after {@code after}; each as its id and poster.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, Optional<UUID>>> unverifiedBefore(Instant cutoff, UUID after, int limit) {
        return assignments.unverifiedCreatedBefore(cutoff, after, limit).stream()
                .map(a -> Map.entry(a.id, Optional.ofNullable(a.posterSubjectId)))
                .toList();
    }

    /**
     * T-1: removes these postings, if still unconfirmed, with the poster's identity and its queued
     * mail. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeUnverified(List<UUID> assignmentIds) {
        int removed = 0;
        for (UUID id : assignmentIds) {
            Assignment assignment = assignments.findById(id);
            if (assignment == null || assignment.status != AssignmentStatus.PENDING_VERIFICATION) {
                continue;
            }
            UUID subjectId = assignment.posterSubjectId;
            assignments.delete(assignment);
            assignments.flush();
            if (subjectId != null) {
                subjects.forget(subjectId);
            }
            removed++;
        }
        return removed;
    }

    /** S-4: the rate-limit windows that have passed are no longer needed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetPassedLimits() {
        submissionLimits.forgetOlderThan(
                clock.instant().minus(config.submissions().emailWindow()));
        quota.forgetBefore(today());
    }

    private Assignment draftForOrganisation(Caller caller, Submission submission) {
        Membership membership = access.requireOrganisationMember(caller);
        if (submission.poster() != null) {
            throw ProblemException.invalid(
                    "poster",
                    FieldCode.NOT_ALLOWED,
                    Text.of(
                            "must be empty: you post for your organisation",
                            "moet leeg zijn: je plaatst voor je organisatie"));
        }
        AssignmentInputs.validateNew(submission.assignment(), today());
        Assignment assignment =
                AssignmentInputs.newAssignment(submission.assignment(), AssignmentStatus.DRAFT, clock.instant());
        assignment.posterSubjectId = caller.subjectId();
        assignment.organisationId = membership.organisationId();
        assignments.persist(assignment);
        return assignment;
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
        return assignment
                .validThrough
                .plusYears(1)
                .atStartOfDay(AssignmentService.NETHERLANDS)
                .toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AssignmentService.NETHERLANDS));
    }
}
