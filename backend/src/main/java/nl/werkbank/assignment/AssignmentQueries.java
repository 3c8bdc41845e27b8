package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.AssignmentViews.AssignmentPage;
import nl.werkbank.assignment.AssignmentViews.AssignmentSummary;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignmentList;
import nl.werkbank.assignment.AssignmentViews.PublicAssignment;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.ReadReplica;
import nl.werkbank.common.WerkbankConfig;
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
    private final WerkbankConfig config;
    private final PostcodeAreas postcodeAreas;
    private final ReadReplica replica;

    AssignmentQueries(
            AssignmentRepository assignments,
            AssignmentPosterRepository posters,
            ProcedureUpdateRepository updates,
            AssignmentAccess access,
            OrganisationService organisations,
            PageLimit pageLimit,
            WerkbankConfig config,
            PostcodeAreas postcodeAreas,
            ReadReplica replica) {
        this.assignments = assignments;
        this.posters = posters;
        this.updates = updates;
        this.access = access;
        this.organisations = organisations;
        this.pageLimit = pageLimit;
        this.config = config;
        this.postcodeAreas = postcodeAreas;
        this.replica = replica;
    }

    @Transactional
    public AssignmentPage publicList(AssignmentSearch search, AssignmentSort sort, String cursor, Integer limit) {
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        record Found(List<Assignment> rows, long total) {}
        Found found = replica.read(reads -> new Found(
                assignments.published(reads, search, sort, after, size), assignments.countPublished(reads, search)));
        Page<Assignment> page = Page.of(found.rows(), size, sort::cursorAfter);
        return new AssignmentPage(
                page.items().stream().map(this::summaryOf).toList(), found.total(), page.nextCursor());
    }

    private AssignmentSummary summaryOf(Assignment a) {
        return AssignmentShapes.summaryOf(a, postcodeAreas.provinceOf(a.region).orElse(null), hiringOrganization(a));
    }

    /** what was published after {@code after} and matches, oldest first, as the public list shows it. */
    @Transactional
    public List<AssignmentSummary> publishedAfter(AssignmentSearch search, java.time.Instant after, int limit) {
        return assignments.publishedAfter(search, after, limit).stream()
                .map(this::summaryOf)
                .toList();
    }

    @Transactional
    public Optional<java.time.Instant> newestPublication() {
        return assignments.newestPublication();
    }

    /** Published: the public shape. Closed or archived: 410, so search engines drop the page (F-3). */
    @Transactional
    public PublicAssignment publicView(UUID id) {
        Assignment assignment = find(id);
        return switch (assignment.status) {
            case PUBLISHED ->
                AssignmentShapes.publicOf(
                        assignment,
                        postcodeAreas.provinceOf(assignment.region).orElse(null),
                        hiringOrganization(assignment),
                        pageUrl(assignment.id));
            case CLOSED, ARCHIVED -> throw ProblemException.gone("This assignment is closed.");
            default -> throw ProblemException.notFound("No such assignment.");
        };
    }

    // --- feeds and crawlers (F-1, F-3) -----------------------------------------------------------

    /**
     * The assignments among {@code ids} that are published, as feeds show them; others are absent.
     * Read on the replica (issue 14): the feed is the heaviest reader of assignments.
     */
    @Transactional
    public Map<UUID, PublishedPosting> publishedPostings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return postingsOf(replica.read(reads -> assignments.publishedAmong(reads, Set.copyOf(ids))));
    }

    private Map<UUID, PublishedPosting> postingsOf(List<Assignment> published) {
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
        return postingsOf(List.of(find(id))).get(id);
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

    /** F-1: named only when the organisation chose so and is verified. */
    private String hiringOrganization(Assignment assignment) {
        if (!assignment.nameOrganisation || assignment.organisationId == null) {
            return null;
        }
        return organisations.verifiedNamesOf(List.of(assignment.organisationId)).get(assignment.organisationId);
    }
}
