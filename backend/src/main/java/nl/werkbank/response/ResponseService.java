package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.Assignment;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.assignment.ProcedureReported;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.DocumentContent;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.Text;
import nl.werkbank.common.Viewer;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.DisclosureService;
import nl.werkbank.privacy.Recipient;
import nl.werkbank.profile.CvDownload;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.profile.Respondent;
import nl.werkbank.response.ResponseInput.AnswerInput;
import nl.werkbank.response.ResponseViews.AnswerView;
import nl.werkbank.response.ResponseViews.InvoiceView;
import nl.werkbank.response.ResponseViews.MyResponse;
import nl.werkbank.response.ResponseViews.MyResponseList;
import nl.werkbank.response.ResponseViews.PlacementInput;
import nl.werkbank.response.ResponseViews.PlacementList;
import nl.werkbank.response.ResponseViews.PlacementView;
import nl.werkbank.response.ResponseViews.ReceivedResponse;
import nl.werkbank.response.ResponseViews.ReceivedResponseList;
import nl.werkbank.response.ResponseViews.ResponseReceived;
import nl.werkbank.subject.SubjectService;

/**
 * Responses (R-1..R-6): checked against the assignment's questions, forwarded whole to the
 * poster through the outbox (a disclosure, D-8), copied to the respondent, kept for follow-up.
 * The respondent never learns who the poster is.
 */
@ApplicationScoped
public class ResponseService {

    static final String PURPOSE = "application for an assignment";
    private static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    private static final Set<ResponseStatus> POSTER_STATUSES =
            Set.of(ResponseStatus.IN_REVIEW, ResponseStatus.SHORTLISTED, ResponseStatus.REJECTED);

    /** A CV sent with the response: the file the client uploaded, or none. */
    public record UploadedCv(String fileName, Path file) {}

    private final ResponseRepository responses;
    private final ResponseTokenRepository tokens;
    private final SubmissionLimits submissionLimits;
    private final PlacementRepository placements;
    private final InvoiceRepository invoices;
    private final AssignmentService assignments;
    private final ProfileService profiles;
    private final SubjectService subjects;
    private final DisclosureService disclosures;
    private final Outbox outbox;
    private final WerkbankConfig config;
    private final Clock clock;

    ResponseService(
            ResponseRepository responses,
            ResponseTokenRepository tokens,
            SubmissionLimits submissionLimits,
            PlacementRepository placements,
            InvoiceRepository invoices,
            AssignmentService assignments,
            ProfileService profiles,
            SubjectService subjects,
            DisclosureService disclosures,
            Outbox outbox,
            WerkbankConfig config,
            Clock clock) {
        this.responses = responses;
        this.tokens = tokens;
        this.submissionLimits = submissionLimits;
        this.placements = placements;
        this.invoices = invoices;
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
            Viewer viewer,
            UUID assignmentId,
            ResponseInput input,
            Optional<UploadedCv> upload,
            String ipAddress,
            Language language) {
        AssignmentFacts assignment = assignments.factsForResponse(assignmentId);
        if (!assignment.acceptsResponses()) {
            throw ProblemException.conflict("This assignment does not take responses any more.");
        }
        List<Response.Answer> answers = checkAnswers(assignment.questions(), input.answers());
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

        if (viewer.isPerson() && viewer.hasRole(Role.PROFESSIONAL)) {
            if (input.respondent() != null) {
                throw ProblemException.invalid(
                        "respondent",
                        FieldCode.NOT_ALLOWED,
                        Text.of(
                                "must be empty: your profile's details are used",
                                "moet leeg zijn: de gegevens van je profiel worden gebruikt"));
            }
            Respondent respondent = profiles.respondent(viewer, input.useProfileCv() && cv.isEmpty());
            fill(response, respondent.subjectId(), respondent.name(), respondent.email(), respondent.phone());
            attachCv(
                    response,
                    cv.or(() ->
                            respondent.cv().map(f -> new Mail.Attachment(f.fileName(), f.contentType(), f.content()))));
            requireFirstActive(response);
            response.status = ResponseStatus.RECEIVED;
            responses.persist(response);
            forward(response, assignment);
            subjects.recordMeaningfulContact(respondent.subjectId());
            return new ResponseReceived(
                    response.status, "Your response was forwarded to the poster of the assignment.");
        }
        if (!viewer.isAnonymous()) {
            throw ProblemException.forbidden("Responses come from professionals, or without an account.");
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
        ResponseReceived receipt = new ResponseReceived(
                ResponseStatus.PENDING_VERIFICATION, "Check your e-mail to confirm and send your response.");
        if (input.website() != null && !input.website().isBlank()) {
            return receipt;
        }
        submissionLimits.admit(ipAddress, input.respondent().email());
        UUID subjectId = subjects.createEmailIdentity(language);
        fill(
                response,
                subjectId,
                input.respondent().name().strip(),
                input.respondent().email().strip(),
                input.respondent().phone());
        attachCv(response, cv);
        response.status = ResponseStatus.PENDING_VERIFICATION;
        responses.persist(response);

        String token = CapabilityTokens.newToken();
        ResponseToken stored = new ResponseToken();
        stored.tokenHash = CapabilityTokens.hash(token);
        stored.responseId = response.id;
        stored.expiresAt = now.plus(VERIFICATION_VALIDITY);
        tokens.persist(stored);
        outbox.enqueue(new Mail(
                subjectId,
                response.respondentEmail,
                language,
                "response-verify",
                Map.of("name", response.respondentName, "title", assignment.title(), "token", token)));
        return receipt;
    }

    /** the visitor's single-use link sends the response, if the assignment still takes responses. */
    @Transactional
    public ResponseReceived verify(String token) {
        Instant now = clock.instant();
        ResponseToken verification = tokens.findByIdOptional(CapabilityTokens.hash(token))
                .filter(t -> t.usedAt == null && t.expiresAt.isAfter(now))
                .orElseThrow(() -> ProblemException.notFound("This link is not valid (any more)."));
        verification.usedAt = now;
        Response response = responses.findById(verification.responseId);
        AssignmentFacts assignment = assignments.factsForResponse(response.assignmentId);
        if (!assignment.acceptsResponses()) {
            throw ProblemException.conflict("This assignment does not take responses any more.");
        }
        requireFirstActive(response);
        response.status = ResponseStatus.RECEIVED;
        response.updatedAt = now;
        forward(response, assignment);
        return new ResponseReceived(response.status, "Your response was forwarded to the poster of the assignment.");
    }

    /**
     * T-1: responses whose e-mail address was never confirmed are removed after seven days, with
     * the visitor's e-mail identity and its queued mail. Returns how many.
     */
    @Transactional
    public int removeUnverified() {
        List<Response> stale = responses.unverifiedCreatedBefore(
                clock.instant().minus(config.submissions().unverifiedRetention()));
        for (Response response : stale) {
            responses.delete(response);
            responses.flush();
            subjects.forget(response.respondentSubjectId);
        }
        return stale.size();
    }

    /** the caller's responses with their status and the procedure's progress. */
    @Transactional
    public MyResponseList mine(Viewer viewer) {
        UUID subjectId = subjects.subjectOf(viewer);
        Language language = subjects.languageOf(subjectId);
        List<MyResponse> items = new ArrayList<>();
        for (Response r : responses.ofRespondent(subjectId)) {
            AssignmentFacts assignment = assignments.factsForResponse(r.assignmentId);
            String forwardedTo = (language == Language.nl ? "de opdrachtgever van \"" : "the poster of \"")
                    + assignment.title() + "\"";
            items.add(new MyResponse(
                    r.id,
                    r.assignmentId,
                    assignment.title(),
                    r.status,
                    forwardedTo,
                    r.forwardedAt,
                    r.thisAssignmentOnly,
                    answers(r),
                    r.motivation,
                    assignments.procedureOf(r.assignmentId),
                    r.createdAt));
        }
        return new MyResponseList(items);
    }

    /** the respondent withdraws; the poster is told. */
    @Transactional
    public MyResponse withdraw(Viewer viewer, UUID responseId) {
        UUID subjectId = subjects.subjectOf(viewer);
        Response response = responses
                .findByIdOptional(responseId)
                .filter(r -> subjectId.equals(r.respondentSubjectId))
                .orElseThrow(() -> ProblemException.notFound("No such response."));
        if (!response.isActive()) {
            throw ProblemException.conflict("This response is already withdrawn.");
        }
        Instant now = clock.instant();
        response.status = ResponseStatus.WITHDRAWN;
        response.withdrawnAt = now;
        response.updatedAt = now;
        AssignmentFacts assignment = assignments.factsForResponse(response.assignmentId);
        assignment
                .poster()
                .ifPresent(poster -> outbox.enqueue(new Mail(
                        poster.subjectId(),
                        poster.email(),
                        poster.language(),
                        "response-withdrawn",
                        Map.of("title", assignment.title(), "name", response.respondentName))));
        return mine(viewer).items().stream()
                .filter(r -> r.id().equals(responseId))
                .findFirst()
                .orElseThrow();
    }

    // --- the poster ------------------------------------------------------------------------

    @Transactional
    public ReceivedResponseList received(Viewer viewer, Optional<String> manageToken, UUID assignmentId) {
        assignments.requirePosterOf(viewer, manageToken, assignmentId);
        return new ReceivedResponseList(responses.forwardedFor(assignmentId).stream()
                .map(ResponseService::receivedShape)
                .toList());
    }

    /** The poster moves a response on; the respondent is told. */
    @Transactional
    public ReceivedResponse setStatus(
            Viewer viewer, Optional<String> manageToken, UUID assignmentId, UUID responseId, ResponseStatus status) {
        AssignmentFacts assignment = assignments.requirePosterOf(viewer, manageToken, assignmentId);
        if (!POSTER_STATUSES.contains(status)) {
            throw ProblemException.invalid(
                    "status",
                    FieldCode.ONE_OF,
                    Text.of(
                            "must be IN_REVIEW, SHORTLISTED or REJECTED",
                            "moet IN_REVIEW, SHORTLISTED of REJECTED zijn"));
        }
        Response response = receivedResponse(assignmentId, responseId);
        if (!response.isActive()) {
            throw ProblemException.conflict("The respondent withdrew this response.");
        }
        response.status = status;
        response.updatedAt = clock.instant();
        outbox.enqueue(new Mail(
                response.respondentSubjectId,
                response.respondentEmail,
                languageOf(response),
                "response-status",
                Map.of("name", response.respondentName, "title", assignment.title(), "status", status)));
        return receivedShape(response);
    }

    @Transactional
    public CvDownload receivedCv(Viewer viewer, Optional<String> manageToken, UUID assignmentId, UUID responseId) {
        assignments.requirePosterOf(viewer, manageToken, assignmentId);
        Response response = receivedResponse(assignmentId, responseId);
        if (response.cvContent == null) {
            throw ProblemException.notFound("This response has no CV.");
        }
        return new CvDownload(response.cvFileName, response.cvContentType, response.cvContent);
    }

    /**
     * the poster records that a respondent was placed. The fee schedule follows from the
     * dates (FeeSchedule), never past the assignment's last day when it has one; each billing
     * month becomes an invoice, issued the day after it ends.
     */
    @Transactional
    public PlacementView place(
            Viewer viewer, Optional<String> manageToken, UUID assignmentId, UUID responseId, PlacementInput input) {
        AssignmentFacts assignment = assignments.requirePosterOf(viewer, manageToken, assignmentId);
        Response response = receivedResponse(assignmentId, responseId);
        if (!response.isActive()) {
            throw ProblemException.conflict("The respondent withdrew this response.");
        }
        if (placements.existsForResponse(responseId)) {
            throw ProblemException.conflict("This respondent is already placed.");
        }
        if (input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalid(
                    "endDate",
                    FieldCode.RANGE,
                    Text.of("must not be before startDate", "mag niet voor startDate liggen"));
        }
        Instant now = clock.instant();
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.assignmentId = assignmentId;
        placement.responseId = responseId;
        placement.startDate = input.startDate();
        placement.endDate = input.endDate();
        placement.monthlyFeeCents = FeeSchedule.MONTHLY_CAP_CENTS;
        placement.createdAt = now;
        placements.persist(placement);
        LocalDate billedUntil = assignment
                .lastDay()
                .filter(last -> last.isBefore(input.endDate()))
                .orElse(input.endDate());
        List<FeeSchedule.Period> schedule =
                billedUntil.isBefore(input.startDate()) ? List.of() : FeeSchedule.of(input.startDate(), billedUntil);
        for (FeeSchedule.Period period : schedule) {
            Invoice invoice = new Invoice();
            invoice.id = UUID.randomUUID();
            invoice.placementId = placement.id;
            invoice.periodStart = period.start();
            invoice.periodEnd = period.end();
            invoice.amountCents = period.amountCents();
            invoice.issuedOn = period.end().plusDays(1);
            invoice.createdAt = now;
            invoices.persist(invoice);
        }
        response.status = ResponseStatus.PLACED;
        response.updatedAt = now;
        outbox.enqueue(new Mail(
                response.respondentSubjectId,
                response.respondentEmail,
                languageOf(response),
                "response-status",
                Map.of("name", response.respondentName, "title", assignment.title(), "status", ResponseStatus.PLACED)));
        return placementShape(placement);
    }

    @Transactional
    public PlacementList placements(Viewer viewer, Optional<String> manageToken, UUID assignmentId) {
        assignments.requirePosterOf(viewer, manageToken, assignmentId);
        return new PlacementList(placements.ofAssignment(assignmentId).stream()
                .map(this::placementShape)
                .toList());
    }

    private PlacementView placementShape(Placement placement) {
        List<InvoiceView> lines = invoices.ofPlacement(placement.id).stream()
                .map(i -> new InvoiceView(i.periodStart, i.periodEnd, i.amountCents, i.issuedOn))
                .toList();
        return new PlacementView(
                placement.id,
                placement.responseId,
                placement.startDate,
                placement.endDate,
                placement.monthlyFeeCents,
                lines.stream().mapToInt(InvoiceView::amountCents).sum(),
                lines);
    }

    /** every respondent still in the procedure hears of each progress report. */
    void onProcedureReported(@Observes ProcedureReported report) {
        for (Response response : responses.activeFor(report.assignmentId())) {
            Map<String, Object> data = new HashMap<>();
            data.put("name", response.respondentName);
            data.put("title", report.title());
            data.put("status", report.status());
            data.put("message", report.message() == null ? "" : report.message());
            outbox.enqueue(new Mail(
                    response.respondentSubjectId,
                    response.respondentEmail,
                    languageOf(response),
                    "procedure-update",
                    data));
        }
    }

    // --- rules ------------------------------------------------------------------------------

    /**
     * each required question answered, every answer of the right type, none to a question
     * the assignment does not ask.
     */
    static List<Response.Answer> checkAnswers(List<Assignment.Question> questions, List<AnswerInput> given) {
        Map<UUID, Assignment.Question> byId = questions.stream()
                .collect(Collectors.toMap(Assignment.Question::id, q -> q, (a, b) -> a, LinkedHashMap::new));
        List<ProblemException.Violation> errors = new ArrayList<>();
        Map<UUID, String> values = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            AnswerInput answer = given.get(i);
            String field = "answers[" + i + "]";
            Assignment.Question question = byId.get(answer.questionId());
            if (question == null) {
                errors.add(new ProblemException.Violation(
                        field + ".questionId",
                        FieldCode.UNKNOWN_REFERENCE,
                        Text.of("is not a question of this assignment", "is geen vraag van deze opdracht")));
                continue;
            }
            if (!seen.add(answer.questionId())) {
                errors.add(new ProblemException.Violation(
                        field + ".questionId",
                        FieldCode.DUPLICATE,
                        Text.of("is answered twice", "is twee keer beantwoord")));
                continue;
            }
            String value = answer.value().strip();
            typeError(question, value)
                    .ifPresent(message -> errors.add(
                            new ProblemException.Violation(field + ".value", message.code(), message.text())));
            if (!value.isEmpty()) {
                values.put(question.id(), value);
            }
        }
        for (Assignment.Question question : byId.values()) {
            if (question.required() && !values.containsKey(question.id())) {
                errors.add(new ProblemException.Violation(
                        "answers",
                        FieldCode.REQUIRED,
                        Text.of(
                                "question \"" + question.text() + "\" (" + question.id() + ") is required",
                                "vraag \"" + question.text() + "\" (" + question.id() + ") is verplicht")));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return byId.values().stream()
                .filter(q -> values.containsKey(q.id()))
                .map(q -> new Response.Answer(q.id(), q.text(), values.get(q.id())))
                .toList();
    }

    /** Why an answer does not fit its question's kind. */
    private record TypeError(FieldCode code, Text text) {}

    private static Optional<TypeError> typeError(Assignment.Question question, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (question.kind()) {
            case TEXT -> Optional.empty();
            case YES_NO ->
                value.equals("yes") || value.equals("no")
                        ? Optional.empty()
                        : Optional.of(
                                new TypeError(FieldCode.ONE_OF, Text.of("must be yes or no", "moet yes of no zijn")));
            case NUMBER ->
                isNumber(value)
                        ? Optional.empty()
                        : Optional.of(
                                new TypeError(FieldCode.FORMAT, Text.of("must be a number", "moet een getal zijn")));
            case CHOICE -> {
                String options = String.join(", ", new LinkedHashSet<>(question.options()));
                yield question.options().contains(value)
                        ? Optional.empty()
                        : Optional.of(new TypeError(
                                FieldCode.ONE_OF,
                                Text.of("must be one of " + options, "moet een van deze zijn: " + options)));
            }
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return value.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** the whole response to the poster (CV attached), a copy to the respondent, a disclosure record. */
    private void forward(Response response, AssignmentFacts assignment) {
        Instant now = clock.instant();
        AssignmentFacts.PosterAddress poster = assignment
                .poster()
                .orElseThrow(
                        () -> ProblemException.conflict("This assignment cannot take responses: its poster is gone."));
        Map<String, Object> data = new HashMap<>();
        data.put("title", assignment.title());
        data.put("name", response.respondentName);
        data.put("email", response.respondentEmail);
        data.put("phone", response.respondentPhone == null ? "" : response.respondentPhone);
        data.put("motivation", response.motivation);
        data.put(
                "answers",
                response.answers.stream()
                        .map(a -> "- " + a.question() + "\n  " + a.value())
                        .collect(Collectors.joining("\n")));
        data.put("thisAssignmentOnly", response.thisAssignmentOnly);
        List<Mail.Attachment> files = response.cvContent == null
                ? List.of()
                : List.of(new Mail.Attachment(response.cvFileName, response.cvContentType, response.cvContent));
        outbox.enqueue(
                new Mail(poster.subjectId(), poster.email(), poster.language(), "response-forwarded", data, files));
        outbox.enqueue(new Mail(
                response.respondentSubjectId, response.respondentEmail, languageOf(response), "response-copy", data));

        Set<String> categories = new TreeSet<>(Set.of("name", "contact-details", "response"));
        if (response.cvContent != null) {
            categories.add("cv");
        }
        disclosures.record(
                response.respondentSubjectId,
                new Recipient(
                        assignment.organisationId().orElse(null),
                        poster.subjectId(),
                        "the poster of \"" + assignment.title() + "\"",
                        null),
                categories,
                PURPOSE);
        response.forwardedAt = now;
    }

    private void requireFirstActive(Response response) {
        if (responses.hasActive(response.assignmentId, response.respondentEmail)) {
            throw ProblemException.conflict("You already responded to this assignment.");
        }
    }

    private Response receivedResponse(UUID assignmentId, UUID responseId) {
        return responses
                .findByIdOptional(responseId)
                .filter(r -> r.assignmentId.equals(assignmentId)
                        && r.status != ResponseStatus.PENDING_VERIFICATION
                        && r.status != ResponseStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("No such response."));
    }

    private Language languageOf(Response response) {
        return response.respondentSubjectId == null
                ? config.defaultLanguage()
                : subjects.languageOf(response.respondentSubjectId);
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
            response.cvContent = file.content();
        });
    }

    private Mail.Attachment readCv(UploadedCv upload) {
        DocumentContent.Document document = DocumentContent.read(
                "cv", upload.fileName(), upload.file(), config.cv().maxBytes());
        return new Mail.Attachment(document.fileName(), document.contentType(), document.content());
    }

    private static List<AnswerView> answers(Response response) {
        return response.answers.stream()
                .map(a -> new AnswerView(a.questionId(), a.question(), a.value()))
                .toList();
    }

    private static ReceivedResponse receivedShape(Response r) {
        return new ReceivedResponse(
                r.id,
                r.status,
                r.respondentName,
                r.respondentEmail,
                r.respondentPhone,
                r.motivation,
                answers(r),
                r.thisAssignmentOnly,
                r.cvContent != null,
                r.forwardedAt == null ? r.createdAt : r.forwardedAt);
    }
}
