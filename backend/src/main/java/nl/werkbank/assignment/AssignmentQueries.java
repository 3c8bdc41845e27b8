package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentViews.AssignmentPage;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignmentList;
import nl.werkbank.assignment.AssignmentViews.PublicAssignment;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;
import nl.werkbank.organisation.OrganisationService;

/** Reads of assignments: the public list and page (never the poster, A-4), and the poster's and staff's lists. */
@ApplicationScoped
public class AssignmentQueries {

    private final AssignmentRepository assignments;
    private final AssignmentPosterRepository posters;
    private final ProcedureUpdateRepository updates;
    private final AssignmentAccess access;
    private final OrganisationService organisations;
    private final PageLimit pageLimit;

    AssignmentQueries(
            AssignmentRepository assignments,
            AssignmentPosterRepository posters,
            ProcedureUpdateRepository updates,
            AssignmentAccess access,
            OrganisationService organisations,
            PageLimit pageLimit) {
        this.assignments = assignments;
        this.posters = posters;
        this.updates = updates;
        this.access = access;
        this.organisations = organisations;
        this.pageLimit = pageLimit;
    }

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
        Assignment assignment = find(id);
        return switch (assignment.status) {
            case PUBLISHED -> AssignmentShapes.publicOf(assignment, hiringOrganization(assignment));
            case CLOSED, ARCHIVED -> throw ProblemException.gone("This assignment is closed.");
            default -> throw ProblemException.notFound("No such assignment.");
        };
    }

    @Transactional
    public ManagedAssignment managed(Caller caller, UUID id) {
        Assignment assignment = find(id);
        access.requireCanSee(caller, assignment);
        return managedShape(assignment);
    }

    /** The client's organisation's assignments, newest first. */
    @Transactional
    public ManagedAssignmentList ofMyOrganisation(Caller caller, String cursor, Integer limit) {
        Membership membership = access.requireOrganisationMember(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<ManagedAssignment> page = Page.of(
                        assignments.ofOrganisation(membership.organisationId(), before, size),
                        size,
                        a -> KeysetCursor.after(a.createdAt, a.id))
                .map(this::managedShape);
        return new ManagedAssignmentList(page.items(), page.nextCursor());
    }

    /** Waiting for review, the longest waiting first (admin). */
    @Transactional
    public ManagedAssignmentList reviewQueue(Caller caller, String cursor, Integer limit) {
        access.requireCanSeeReviewQueue(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<ManagedAssignment> page = Page.of(
                        assignments.inReview(after, size), size, a -> KeysetCursor.after(a.createdAt, a.id))
                .map(this::managedShape);
        return new ManagedAssignmentList(page.items(), page.nextCursor());
    }

    Assignment find(UUID id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such assignment."));
    }

    ManagedAssignment managedShape(Assignment assignment) {
        String organisation = assignment.organisationId == null
                ? null
                : organisations.nameOf(assignment.organisationId).orElse(null);
        return AssignmentShapes.managedOf(
                assignment,
                organisation,
                posters.findByIdOptional(assignment.id).orElse(null),
                updates.ofAssignment(assignment.id));
    }

    private String hiringOrganization(Assignment assignment) {
        if (!assignment.nameOrganisation || assignment.organisationId == null) {
            return null;
        }
        return organisations.nameOf(assignment.organisationId).orElse(null);
    }
}
