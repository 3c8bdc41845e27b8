package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.DocumentContent;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.DisclosurePurpose;
import nl.werkbank.privacy.DisclosureService;
import nl.werkbank.privacy.Recipient;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.profile.Respondent;
import nl.werkbank.response.ResponseViews.ResponseReceived;
import nl.werkbank.subject.SubjectService;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Responses (R-1..R-6): checked against the assignment's questions, forwarded whole to the
 * poster through the outbox (a disclosure, D-8), copied to the respondent, kept for follow-up.
 * The respondent never learns who the poster is.
 */
@ApplicationScoped
public class ResponseService {

    private static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    private static final String ONE_ACTIVE_INDEX = "response_one_active_idx";

    /** A CV sent with the response: the file the client uploaded, or none. */
    public record UploadedCv(String fileName, Path file) {}

    private final ResponseRepository responses;
    private final ResponseCvRepository cvFiles;
    private final ResponseTokenRepository tokens;
    private final ResponseAccess access;
    private final SubmissionLimits submissionLimits;
    private final AssignmentService assignments;
    private final ProfileService profiles;
    private final SubjectService subjects;
    private final DisclosureService disclosures;
    private final Outbox outbox;
    private final WerkbankConfig config;
    private final Clock clock;

    ResponseService(
            ResponseRepository responses,
            ResponseCvRepository cvFiles,
            ResponseTokenRepository tokens,
            ResponseAccess access,
            SubmissionLimits submissionLimits,
            AssignmentService assignments,
            ProfileService profiles,
            SubjectService subjects,
            DisclosureService disclosures,
            Outbox outbox,
            WerkbankConfig config,
            Clock clock) {
        this.responses = responses;
        this.cvFiles = cvFiles;
        this.tokens = tokens;
        this.access = access;
        this.submissionLimits = submissionLimits;
        this.assignments = assignments;
        this.profiles = profiles;
        this.subjects = subjects;
        this.disclosures = disclosures;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * only while the assignment is published. A professional's response is forwarded at
     * once; a visitor's after they confirm their e-mail address.
     */
    @Transactional
    public ResponseReceived respond(
            Caller caller, UUID assignmentId, ResponseInput input, Optional<UploadedCv> upload) {
        ResponseAccess.Respondent respondentKind = access.requireCanRespond(caller);
        AssignmentFacts assignment = assignments.factsForResponse(assignmentId);
        requireTakesResponses(assignment);
        List<Response.Answer> answers = AnswerCheck.check(assignment.questions(), input.answers());
        Optional<Mail.Attachment> cv = upload.map(this::readCv);
        Instant now = clock.instant();

        Response response = new Response();
        response.id = UUID.randomUUID();
        response.assignmentId = assignment.id();
        response.motivation = input.motivation().strip();
        response.answers = answers;
        response.thisAssignmentOnly = input.thisAssignmentOnly();
        response.createdAt = now;
        response.updatedAt = now;

        if (respondentKind == ResponseAccess.Respondent.PROFESSIONAL) {
            if (input.respondent() != null) {
                throw ProblemException.invalid(
                        "respondent",
                        FieldCode.NOT_ALLOWED,
                        Text.of(
                                "must be empty: your profile's details are used",
                                "moet leeg zijn: de gegevens van je profiel worden gebruikt"));
            }
            Respondent respondent = profiles.respondent(caller, input.useProfileCv() && cv.isEmpty());
            fill(response, respondent.subjectId(), respondent.name(), respondent.email(), respondent.phone());
            Optional<Mail.Attachment> sent = cv.or(
                    () -> respondent.cv().map(f -> new Mail.Attachment(f.fileName(), f.contentType(), f.content())));
            attachCv(response, sent);
            Optional<byte[]> cvBytes = sent.map(Mail.Attachment::content);
            requireFirstActive(response);
            response.status = ResponseStatus.RECEIVED;
            responses.persist(response);
            storeCv(response, cvBytes);
            flushAsFirstActive();
            forward(response, assignment);
            subjects.recordMeaningfulContact(respondent.subjectId());
            return new ResponseReceived(response.status);
        }
        if (input.respondent() == null) {
            throw ProblemException.invalid(
                    "respondent",
                    FieldCode.REQUIRED,
                    Text.of(
                            "is required when you respond without an account",
                            "is verplicht als je zonder account reageert"));
        }
        if (input.useProfileCv()) {
            throw ProblemException.invalid(
                    "useProfileCv", FieldCode.NOT_ALLOWED, Text.of("needs an account", "kan alleen met een account"));
        }
        ResponseReceived receipt = new ResponseReceived(ResponseStatus.PENDING_VERIFICATION);
        if (input.website() != null && !input.website().isBlank()) {
            return receipt;
        }
        submissionLimits.admit(caller.clientAddress(), input.respondent().email());
        UUID subjectId = subjects.createEmailIdentity(caller.language());
        fill(
                response,
                subjectId,
                input.respondent().name().strip(),
                input.respondent().email().strip(),
                input.respondent().phone());
        attachCv(response, cv);
        response.status = ResponseStatus.PENDING_VERIFICATION;
        responses.persist(response);
        storeCv(response, cv.map(Mail.Attachment::content));

        String token = CapabilityTokens.newToken();
        ResponseToken stored = new ResponseToken();
        stored.tokenHash = CapabilityTokens.hash(token);
        stored.responseId = response.id;
        stored.expiresAt = now.plus(VERIFICATION_VALIDITY);
        tokens.persist(stored);
        outbox.enqueue(new Mail(
                subjectId,
                response.respondentEmail,
                caller.language(),
                new ResponseMails.Verify(assignment.title(), token)));
        return receipt;
    }

    /** the visitor's single-use link sends the response, if the assignment still takes responses. */
    @Transactional
    public ResponseReceived verify(String token) {
        Instant now = clock.instant();
        UUID responseId = tokens.use(token, now)
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        Response response = responses.findById(responseId);
        AssignmentFacts assignment = assignments.factsForResponse(response.assignmentId);
        requireTakesResponses(assignment);
        requireFirstActive(response);
        response.status = ResponseStatus.RECEIVED;
        response.updatedAt = now;
        flushAsFirstActive();
        forward(response, assignment);
        return new ResponseReceived(response.status);
    }

    /**
     * T-1 unverified-submission: responses whose e-mail address was never confirmed, created
     * before the cutoff, by id after {@code after}; each as its id and respondent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, UUID>> unverifiedBefore(Instant cutoff, UUID after, int limit) {
        return responses.unverifiedCreatedBefore(cutoff, after, limit).stream()
                .map(r -> Map.entry(r.id, r.respondentSubjectId))
                .toList();
    }

    /**
     * T-1: removes these responses, if still unconfirmed, with the visitor's e-mail identity and
     * its queued mail. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeUnverified(List<UUID> responseIds) {
        int removed = 0;
        for (UUID id : responseIds) {
            Response response = responses.findById(id);
            if (response == null || response.status != ResponseStatus.PENDING_VERIFICATION) {
                continue;
            }
            responses.delete(response);
            responses.flush();
            subjects.forget(response.respondentSubjectId);
            removed++;
        }
        return removed;
    }

    /** the whole response to the poster (CV attached), a copy to the respondent, a disclosure record. */
    private void forward(Response response, AssignmentFacts assignment) {
        Instant now = clock.instant();
        AssignmentFacts.PosterAddress poster = assignment
                .poster()
                .orElseThrow(
                        () -> ProblemException.conflict("This assignment cannot take responses: its poster is gone."));
        String answers = response.answers.stream()
                .map(a -> "- " + a.question() + "\n  " + a.value())
                .collect(Collectors.joining("\n"));
        List<Mail.Attachment> files = cvFiles.findByIdOptional(response.id)
                .map(file -> List.of(new Mail.Attachment(response.cvFileName, response.cvContentType, file.content)))
                .orElse(List.of());
        response.forwardedMessageId = outbox.enqueue(
                new Mail(
                        poster.subjectId(),
                        poster.email(),
                        poster.language(),
                        new ResponseMails.Forwarded(
                                assignment.title(),
                                response.respondentName,
                                response.respondentEmail,
                                response.respondentPhone == null ? "" : response.respondentPhone,
                                response.motivation,
                                answers,
                                response.thisAssignmentOnly),
                        files),
                response.respondentSubjectId);
        response.copyMessageId = outbox.enqueue(new Mail(
                response.respondentSubjectId,
                response.respondentEmail,
                subjects.languageOf(response.respondentSubjectId),
                new ResponseMails.Copy(assignment.title(), response.respondentName, response.motivation, answers)));

        Set<String> categories = new TreeSet<>(Set.of("name", "contact-details", "response"));
        if (response.hasCv()) {
            categories.add("cv");
        }
        disclosures.record(
                response.respondentSubjectId,
                response.respondentName,
                Recipient.assignmentPoster(
                        assignment.organisationId().orElse(null), poster.subjectId(), assignment.title()),
                categories,
                DisclosurePurpose.APPLICATION);
        response.forwardedAt = now;
    }

    /**
     * only a published assignment takes responses. D-5: nor one whose poster restricted
     * processing: the outbox refuses every mail to them, so a response would never reach them.
     */
    private void requireTakesResponses(AssignmentFacts assignment) {
        boolean posterRestricted = assignment
                .poster()
                .map(poster -> subjects.isRestricted(poster.subjectId()))
                .orElse(false);
        if (!assignment.acceptsResponses() || posterRestricted) {
            throw ProblemException.conflict("This assignment does not take responses any more.");
        }
    }

    private void requireFirstActive(Response response) {
        responses.lockFirstResponse(response.assignmentId, response.respondentEmail);
        if (responses.hasActive(response.assignmentId, response.respondentEmail)) {
            throw alreadyResponded();
        }
    }

    /**
     * the lock in {@link #requireFirstActive} decides concurrent first responses one by one;
     * should the unique index still refuse one, that is the same 409, never a 500. The driver
     * keeps the database's detail (it names the address) out of the exception and so out of logs.
     */
    private void flushAsFirstActive() {
        try {
            responses.flush();
        } catch (PersistenceException e) {
            if (violates(e, ONE_ACTIVE_INDEX)) {
                throw alreadyResponded();
            }
            throw e;
        }
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException alreadyResponded() {
        return ProblemException.conflict("You already responded to this assignment.");
    }

    private void storeCv(Response response, Optional<byte[]> content) {
        content.ifPresent(bytes -> {
            ResponseCv file = new ResponseCv();
            file.responseId = response.id;
            file.content = bytes;
            cvFiles.persist(file);
        });
    }

    private static void fill(Response response, UUID subjectId, String name, String email, String phone) {
        response.respondentSubjectId = subjectId;
        response.respondentName = name;
        response.respondentEmail = email;
        response.respondentPhone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    private static void attachCv(Response response, Optional<Mail.Attachment> cv) {
        cv.ifPresent(file -> {
            response.cvFileName = file.fileName();
            response.cvContentType = file.contentType();
        });
    }

    private Mail.Attachment readCv(UploadedCv upload) {
        DocumentContent.Document document = DocumentContent.read(
                "cv", upload.fileName(), upload.file(), config.cv().maxBytes());
        return new Mail.Attachment(document.fileName(), document.contentType(), document.content());
    }
}
