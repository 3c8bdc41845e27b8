package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.assignment.ProcedureReported;
import nl.werkbank.assignment.RespondentsAssignment;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.privacy.DisclosureView.DisclosureRecipient;
import nl.werkbank.privacy.Recipient;
import nl.werkbank.response.ResponseViews.AnswerView;
import nl.werkbank.response.ResponseViews.MyResponse;
import nl.werkbank.response.ResponseViews.MyResponseList;
import nl.werkbank.subject.SubjectService;

/**
 * The respondent's side: their responses with the procedure's progress, never
 * the poster; withdrawing; hearing of each progress report.
 */
@ApplicationScoped
public class RespondentResponses {

    private final ResponseRepository responses;
    private final ResponseAccess access;
    private final AssignmentService assignments;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final PageLimit pageLimit;
    private final Clock clock;

    RespondentResponses(
            ResponseRepository responses,
            ResponseAccess access,
            AssignmentService assignments,
            SubjectService subjects,
            Outbox outbox,
            PageLimit pageLimit,
            Clock clock) {
        this.responses = responses;
        this.access = access;
        this.assignments = assignments;
        this.subjects = subjects;
        this.outbox = outbox;
        this.pageLimit = pageLimit;
        this.clock = clock;
    }

    /**
     * the caller's responses, newest first, with their status and the procedure's progress;
     * only those to one assignment when given (the response form shows them instead of a second one).
     */
    @Transactional
    public MyResponseList mine(Caller caller, Optional<UUID> assignmentId, String cursor, Integer limit) {
        UUID subjectId = caller.subjectId();
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<Response> page = Page.of(
                responses.ofRespondent(subjectId, assignmentId, before, size),
                size,
                r -> KeysetCursor.after(r.createdAt, r.id));
        Map<UUID, RespondentsAssignment> assignmentsOf = assignments.forRespondent(
                page.items().stream().map(r -> r.assignmentId).toList());
        return new MyResponseList(
                page.items().stream()
                        .map(r -> shapeOf(r, assignmentsOf.get(r.assignmentId)))
                        .toList(),
                page.nextCursor());
    }

    /** the respondent withdraws; the poster is told. */
    @Transactional
    public MyResponse withdraw(Caller caller, UUID responseId) {
        Response response = access.requireOwnForChange(caller, responseId);
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
                .ifPresent(poster -> outbox.enqueue(
                        new Mail(
                                poster.subjectId(),
                                poster.email(),
                                poster.language(),
                                new ResponseMails.Withdrawn(assignment.title(), response.respondentName)),
                        response.respondentSubjectId));
        return shapeOf(
                response,
                assignments.forRespondent(List.of(response.assignmentId)).get(response.assignmentId));
    }

    /** every respondent still in the procedure hears of each progress report. */
    void onProcedureReported(@Observes ProcedureReported report) {
        for (Response response : responses.activeFor(report.assignmentId())) {
            outbox.enqueue(new Mail(
                    response.respondentSubjectId,
                    response.respondentEmail,
                    subjects.languageOf(response.respondentSubjectId),
                    new ResponseMails.ProcedureUpdate(
                            response.respondentName,
                            report.title(),
                            report.status(),
                            report.message() == null ? "" : report.message())));
        }
    }

    private static MyResponse shapeOf(Response r, RespondentsAssignment assignment) {
        DisclosureRecipient forwardedTo =
                new DisclosureRecipient(Recipient.Kind.ASSIGNMENT_POSTER.code(), assignment.title());
        return new MyResponse(
                r.id,
                r.assignmentId,
                assignment.title(),
                r.status,
                forwardedTo,
                r.forwardedAt,
                r.thisAssignmentOnly,
                answersOf(r),
                r.motivation,
                assignment.procedure(),
                r.createdAt);
    }

    static List<AnswerView> answersOf(Response response) {
        return response.answers.stream()
                .map(a -> new AnswerView(a.questionId(), a.question(), a.value()))
                .toList();
    }
}
