package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentFacts;
import nl.werkbank.assignment.AssignmentService;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.profile.CvDownload;
import nl.werkbank.response.ResponseViews.ReceivedResponse;
import nl.werkbank.response.ResponseViews.ReceivedResponseList;
import nl.werkbank.subject.SubjectService;

/** The poster's side: the responses they received, moving them on, the CV sent with one. */
@ApplicationScoped
public class PosterResponses {

    private static final Set<ResponseStatus> POSTER_STATUSES =
            Set.of(ResponseStatus.IN_REVIEW, ResponseStatus.SHORTLISTED, ResponseStatus.REJECTED);

    private final ResponseRepository responses;
    private final ResponseCvRepository cvFiles;
    private final ResponseAccess access;
    private final SubjectService subjects;
    private final Outbox outbox;
    private final PageLimit pageLimit;
    private final Clock clock;
    private final AssignmentService assignments;

    PosterResponses(
            ResponseRepository responses,
            ResponseCvRepository cvFiles,
            ResponseAccess access,
            SubjectService subjects,
            Outbox outbox,
            PageLimit pageLimit,
            Clock clock,
            AssignmentService assignments) {
        this.assignments = assignments;
        this.responses = responses;
        this.cvFiles = cvFiles;
        this.access = access;
        this.subjects = subjects;
        this.outbox = outbox;
        this.pageLimit = pageLimit;
        this.clock = clock;
    }

    /** Oldest first; the page says whether a response has a CV without reading the file. */
    @Transactional
    public ReceivedResponseList received(Caller caller, UUID assignmentId, String cursor, Integer limit) {
        access.requirePosterOf(caller, assignmentId);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<ReceivedResponse> page = Page.of(
                        responses.forwardedFor(assignmentId, after, size),
                        size,
                        r -> KeysetCursor.after(r.createdAt, r.id))
                .map(PosterResponses::shapeOf);
        return new ReceivedResponseList(page.items(), page.nextCursor());
    }

    /** The poster moves a response on; the respondent is told. */
    @Transactional
    public ReceivedResponse setStatus(Caller caller, UUID assignmentId, UUID responseId, ResponseStatus status) {
        AssignmentFacts assignment = access.requirePosterOf(caller, assignmentId);
        if (!POSTER_STATUSES.contains(status)) {
            throw ProblemException.invalid(
                    "status",
                    FieldCode.ONE_OF,
                    Text.of(
                            "must be IN_REVIEW, SHORTLISTED or REJECTED",
                            "moet IN_REVIEW, SHORTLISTED of REJECTED zijn"));
        }
        Response response = access.requireReceivedForChange(caller, assignmentId, responseId);
        if (response.status == ResponseStatus.PLACED) {
            throw ProblemException.conflict("This respondent is placed; the placement and its invoices stand.");
        }
        assignments.countStatusChange(assignmentId);
        response.status = status;
        response.updatedAt = clock.instant();
        outbox.enqueue(new Mail(
                response.respondentSubjectId,
                response.respondentEmail,
                subjects.languageOf(response.respondentSubjectId),
                new ResponseMails.StatusChanged(response.respondentName, assignment.title(), status)));
        return shapeOf(response);
    }

    @Transactional
    public CvDownload receivedCv(Caller caller, UUID assignmentId, UUID responseId) {
        Response response = access.requireReceived(caller, assignmentId, responseId);
        return cvFiles.findByIdOptional(response.id)
                .map(file -> new CvDownload(response.cvFileName, response.cvContentType, file.content))
                .orElseThrow(() -> ProblemException.notFound("This response has no CV."));
    }

    static ReceivedResponse shapeOf(Response r) {
        return new ReceivedResponse(
                r.id,
                r.status,
                r.respondentName,
                r.respondentEmail,
                r.respondentPhone,
                r.motivation,
                RespondentResponses.answersOf(r),
                r.thisAssignmentOnly,
                r.hasCv(),
                r.forwardedAt == null ? r.createdAt : r.forwardedAt);
    }
}
