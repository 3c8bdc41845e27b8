package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        return new AssignmentPage(summariesOf(page.items()), found.total(), page.nextCursor());
    }

    /** Issue 14: the hiring organisations of a whole page in one query, not one per item. */
    private List<AssignmentSummary> summariesOf(List<Assignment> page) {
        Map<UUID, String> names = hiringOrganizations(page);
        return page.stream()
                .map(a -> AssignmentShapes.summaryOf(
                        a,
                        postcodeAreas.provinceOf(a.region).orElse(null),
                        a.nameOrganisation && a.organisationId != null ? names.get(a.organisationId) : null))
                .toList();
    }

    /** F-1: the names of the verified organisations among these assignments' that chose to be named. */
    private Map<UUID, String> hiringOrganizations(List<Assignment> assignments) {
        return organisations.verifiedNamesOf(assignments.stream()
                .filter(a -> a.nameOrganisation && a.organisationId != null)
                .map(a -> a.organisationId)
                .collect(Collectors.toSet()));
    }

    /** what was published after {@code after} and matches, oldest first, as the public list shows it. */
    @Transactional
    public List<AssignmentSummary> publishedAfter(AssignmentSearch search, java.time.Instant after, int limit) {
        return summariesOf(assignments.publishedAfter(search, after, limit));
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
        Map<UUID, String> names = hiringOrganizations(published);
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
        Page<Assignment> page = Page.of(
                assignments.ofOrganisation(membership.organisationId(), before, size),
                size,
                a -> KeysetCursor.after(a.createdAt, a.id));
        return new ManagedAssignmentList(managedShapes(page.items()), page.nextCursor());
    }

    /** Waiting for review, the longest waiting first (admin). */
    @Transactional
    public ManagedAssignmentList reviewQueue(Caller caller, String cursor, Integer limit) {
        access.requireCanSeeReviewQueue(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<Assignment> page =
                Page.of(assignments.inReview(after, size), size, a -> KeysetCursor.after(a.createdAt, a.id));
        return new ManagedAssignmentList(managedShapes(page.items()), page.nextCursor());
    }

    /** Id, title and status of these assignments, without reading their descriptions. */
    List<AssignmentTitle> titlesOf(Collection<UUID> ids) {
        return assignments
                .getEntityManager()
                .createQuery(
                        "SELECT new nl.werkbank.assignment.AssignmentTitle(a.id, a.title, a.status)"
                                + " FROM Assignment a WHERE a.id IN :ids",
                        AssignmentTitle.class)
                .setParameter("ids", ids)
                .getResultList();
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

    /** Issue 14: a page of managed shapes in three queries (organisations, posters, reports), not three per item. */
    private List<ManagedAssignment> managedShapes(List<Assignment> page) {
        Set<UUID> ids = page.stream().map(a -> a.id).collect(Collectors.toSet());
        Map<UUID, String> organisationNames = organisations.namesOf(page.stream()
                .map(a -> a.organisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<UUID, AssignmentPoster> anonymousPosters = ids.isEmpty()
                ? Map.of()
                : posters.list("assignmentId IN ?1", ids).stream()
                        .collect(Collectors.toMap(p -> p.assignmentId, p -> p));
        Map<UUID, List<ProcedureUpdate>> reports = updates.ofAssignments(ids);
        return page.stream()
                .map(a -> AssignmentShapes.managedOf(
                        a,
                        a.organisationId == null ? null : organisationNames.get(a.organisationId),
                        anonymousPosters.get(a.id),
                        reports.getOrDefault(a.id, List.of())))
                .toList();
    }

    /** F-1: named only when the organisation chose so and is verified. */
    private String hiringOrganization(Assignment assignment) {
        if (!assignment.nameOrganisation || assignment.organisationId == null) {
            return null;
        }
        return organisations.verifiedNamesOf(List.of(assignment.organisationId)).get(assignment.organisationId);
    }
}
