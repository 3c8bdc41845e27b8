package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateInput;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.subject.SubjectService;

/**
 * editing a draft and the lifecycle's transitions, each an explicit operation
 * that {@link AssignmentStatus} allows or refuses; the procedure's progress reports.
 */
@ApplicationScoped
public class AssignmentLifecycle {

    private static final int SWEEP_BATCH = 200;

    private final AssignmentRepository assignments;
    private final ProcedureUpdateRepository updates;
    private final AssignmentAccess access;
    private final AssignmentQueries queries;
    private final AssignmentService service;
    private final Audit audit;
    private final Clock clock;
    private final Event<ProcedureReported> procedureReported;
    private final Event<AssignmentClosed> assignmentClosed;
    private final SubjectService subjects;
    private final AssignmentActionQuota quota;

    AssignmentLifecycle(
            AssignmentRepository assignments,
            ProcedureUpdateRepository updates,
            AssignmentAccess access,
            AssignmentQueries queries,
            AssignmentService service,
            Audit audit,
            Clock clock,
            Event<ProcedureReported> procedureReported,
            Event<AssignmentClosed> assignmentClosed,
            SubjectService subjects,
            AssignmentActionQuota quota) {
        this.quota = quota;
        this.assignmentClosed = assignmentClosed;
        this.subjects = subjects;
        this.assignments = assignments;
        this.updates = updates;
        this.access = access;
        this.queries = queries;
        this.service = service;
        this.audit = audit;
        this.clock = clock;
        this.procedureReported = procedureReported;
    }

    /** Only a draft can be edited; what has been reviewed or published changes through transitions. */
    @Transactional
    public ManagedAssignment update(Caller caller, UUID id, AssignmentInput input) {
        Assignment assignment = queries.find(id);
        access.requireIsPoster(caller, assignment);
        if (!assignment.status.isEditable()) {
            throw ProblemException.conflict(
                    "This needs an assignment in status DRAFT; it is " + assignment.status + ".");
        }
        AssignmentInputs.validate(input, today());
        AssignmentInputs.apply(assignment, input);
        assignment.updatedAt = clock.instant();
        return queries.managedShape(assignment);
    }

    @Transactional
    public ManagedAssignment submitForReview(Caller caller, UUID id) {
        Assignment assignment = queries.find(id);
        access.requireIsPoster(caller, assignment);
        assignment.status.requireTransition(AssignmentStatus.DRAFT, AssignmentStatus.PENDING_REVIEW);
        requireValidThroughAhead(assignment);
        return transition(assignment, AssignmentStatus.PENDING_REVIEW);
    }

    @Transactional
    public ManagedAssignment approve(Caller caller, UUID id) {
        Assignment assignment = queries.find(id);
        access.requireCanReview(caller, assignment);
        assignment.status.requireTransition(AssignmentStatus.PENDING_REVIEW, AssignmentStatus.PUBLISHED);
        requireValidThroughAhead(assignment);
        assignment.rejectionReason = null;
        assignment.publishedAt = clock.instant();
        ManagedAssignment result = transition(assignment, AssignmentStatus.PUBLISHED);
        audit.append(
                caller, AuditAction.ASSIGNMENT_APPROVED, assignment.posterSubjectId, AuditDetails.id("assignment", id));
        service.notifyPoster(assignment, new AssignmentMails.Approved(assignment.title, assignment.id));
        return result;
    }

    /** Admin review may reject with a reason; the assignment goes back to draft for the poster. */
    @Transactional
    public ManagedAssignment reject(Caller caller, UUID id, String reason) {
        Assignment assignment = queries.find(id);
        access.requireCanReview(caller, assignment);
        assignment.status.requireTransition(AssignmentStatus.PENDING_REVIEW, AssignmentStatus.DRAFT);
        assignment.rejectionReason = reason.strip();
        ManagedAssignment result = transition(assignment, AssignmentStatus.DRAFT);
        audit.append(
                caller, AuditAction.ASSIGNMENT_REJECTED, assignment.posterSubjectId, AuditDetails.id("assignment", id));
        service.notifyPoster(assignment, new AssignmentMails.Rejected(assignment.title, assignment.rejectionReason));
        return result;
    }

    @Transactional
    public ManagedAssignment close(Caller caller, UUID id) {
        Assignment assignment = queries.find(id);
        boolean byStaff = access.requireCanEnd(caller, assignment);
        assignment.status.requireTransition(AssignmentStatus.PUBLISHED, AssignmentStatus.CLOSED);
        assignment.closedAt = clock.instant();
        if (byStaff) {
            audit.append(
                    caller,
                    AuditAction.ASSIGNMENT_CLOSED_BY_STAFF,
                    assignment.posterSubjectId,
                    AuditDetails.id("assignment", id));
        } else if (assignment.posterSubjectId != null) {
            subjects.recordMeaningfulContact(assignment.posterSubjectId);
        }
        ManagedAssignment closed = transition(assignment, AssignmentStatus.CLOSED);
        assignmentClosed.fire(new AssignmentClosed(assignment.id));
        return closed;
    }

    @Transactional
    public ManagedAssignment archive(Caller caller, UUID id) {
        Assignment assignment = queries.find(id);
        boolean byStaff = access.requireCanEnd(caller, assignment);
        assignment.status.requireTransition(AssignmentStatus.CLOSED, AssignmentStatus.ARCHIVED);
        if (byStaff) {
            audit.append(
                    caller,
                    AuditAction.ASSIGNMENT_ARCHIVED_BY_STAFF,
                    assignment.posterSubjectId,
                    AuditDetails.id("assignment", id));
        }
        return transition(assignment, AssignmentStatus.ARCHIVED);
    }

    /** the poster reports how the procedure goes; it is kept with the assignment. */
    @Transactional
    public ManagedAssignment reportProgress(Caller caller, UUID id, ProcedureUpdateInput input) {
        Assignment assignment = queries.find(id);
        access.requireIsPoster(caller, assignment);
        if (!assignment.status.takesProgressReports()) {
            throw ProblemException.conflict("Progress can be reported while the assignment is published or closed, not "
                    + assignment.status + ".");
        }
        quota.count(assignment.id, AssignmentActionQuota.Action.PROCEDURE_UPDATE);
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
        if (assignment.posterSubjectId != null) {
            subjects.recordMeaningfulContact(assignment.posterSubjectId);
        }
        procedureReported.fire(new ProcedureReported(assignment.id, assignment.title, update.status, update.message));
        return queries.managedShape(assignment);
    }

    /** published assignments whose validThrough has passed are closed. Returns how many. */
    @Transactional
    public int closeExpired() {
        Instant now = clock.instant();
        List<Assignment> expired = assignments.publishedEndedBefore(today(), SWEEP_BATCH);
        expired.forEach(a -> {
            a.status.requireTransition(AssignmentStatus.PUBLISHED, AssignmentStatus.CLOSED);
            a.status = AssignmentStatus.CLOSED;
            a.closedAt = now;
            a.updatedAt = now;
            assignmentClosed.fire(new AssignmentClosed(a.id));
        });
        return expired.size();
    }

    private void requireValidThroughAhead(Assignment assignment) {
        if (assignment.validThrough.isBefore(today())) {
            throw ProblemException.conflict("Its publication window (validThrough) has already passed.");
        }
    }

    private ManagedAssignment transition(Assignment assignment, AssignmentStatus to) {
        assignment.status = to;
        assignment.updatedAt = clock.instant();
        return queries.managedShape(assignment);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AssignmentService.NETHERLANDS));
    }
}
