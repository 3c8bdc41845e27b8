package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.MailContent;
import nl.werkbank.notification.Outbox;
import nl.werkbank.subject.SubjectService;

/**
 * What other features may know of assignments (the responses feature above all): the facts a
 * response needs, whether the caller is an assignment's poster, and the procedure a respondent
 * follows. They get records, never the entity; the poster stays hidden from respondents.
 */
@ApplicationScoped
public class AssignmentService {

    /** Dutch working days end in Dutch time; "validThrough passed" is decided there. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final AssignmentPosterRepository posters;
    private final ProcedureUpdateRepository updates;
    private final AssignmentAccess access;
    private final AssignmentQueries queries;
    private final SubjectService subjects;
    private final Outbox outbox;

    private final AssignmentActionQuota quota;

    AssignmentService(
            AssignmentPosterRepository posters,
            ProcedureUpdateRepository updates,
            AssignmentAccess access,
            AssignmentQueries queries,
            SubjectService subjects,
            Outbox outbox,
            AssignmentActionQuota quota) {
        this.quota = quota;
        this.posters = posters;
        this.updates = updates;
        this.access = access;
        this.queries = queries;
        this.subjects = subjects;
        this.outbox = outbox;
    }

    /** F-1: the assignments among {@code ids} that are published now, as feeds show them; others are absent. */
    @Transactional
    public Map<UUID, PublishedPosting> publishedPostings(Collection<UUID> ids) {
        return queries.publishedPostings(ids);
    }

    /** the new matches of a saved search: published after {@code after}, oldest first, public shape. */
    @Transactional
    public List<AssignmentViews.AssignmentSummary> publishedAfter(AssignmentSearch search, Instant after, int limit) {
        return queries.publishedAfter(search, after, limit);
    }

    /** when the newest published assignment was published; saved searches covered until then have nothing new. */
    @Transactional
    public Optional<Instant> newestPublication() {
        return queries.newestPublication();
    }

    /** 404 for assignments the public may not know; anything else answers with its facts. */
    @Transactional
    public AssignmentFacts factsForResponse(UUID id) {
        Assignment assignment = queries.find(id);
        if (!assignment.status.isPublicKnowledge()) {
            throw ProblemException.notFound("No such assignment.");
        }
        return factsOf(assignment);
    }

    /** The caller may handle the responses of this assignment: its poster, by organisation or management link. */
    @Transactional
    public AssignmentFacts requirePosterOf(Caller caller, UUID id) {
        Assignment assignment = queries.find(id);
        access.requireIsPoster(caller, assignment);
        return factsOf(assignment);
    }

    /**
     * S-4: the poster of this assignment (checked as {@link #requirePosterOf}) tells a respondent
     * about their response; 429 beyond the day's limit for the assignment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countStatusChange(UUID id) {
        quota.count(id, AssignmentActionQuota.Action.STATUS_CHANGE);
    }

    /**
     * R-3, issue 14: what a page of a respondent's responses shows of their assignments, in two
     * queries whatever the page size. 404, as {@link #factsForResponse}, when one is not public knowledge.
     */
    @Transactional
    public Map<UUID, RespondentsAssignment> forRespondent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> distinct = Set.copyOf(ids);
        List<AssignmentTitle> titles = queries.titlesOf(distinct);
        if (titles.size() != distinct.size()
                || !titles.stream().allMatch(t -> t.status().isPublicKnowledge())) {
            throw ProblemException.notFound("No such assignment.");
        }
        Map<UUID, List<ProcedureUpdate>> reports = updates.ofAssignments(distinct);
        return titles.stream()
                .collect(Collectors.toMap(
                        AssignmentTitle::id,
                        t -> new RespondentsAssignment(
                                t.id(),
                                t.title(),
                                reports.getOrDefault(t.id(), List.of()).stream()
                                        .map(u -> new AssignmentViews.ProcedureUpdateView(
                                                u.status, u.message, u.createdAt))
                                        .toList())));
    }

    /** Tells the poster: an anonymous poster at their confirmed address, a client at their account's. */
    void notifyPoster(Assignment assignment, MailContent content) {
        posterAddress(assignment)
                .ifPresent(poster ->
                        outbox.enqueue(new Mail(poster.subjectId(), poster.email(), poster.language(), content)));
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
            return Optional.of(new AssignmentFacts.PosterAddress(
                    poster.subjectId, poster.email, subjects.languageOf(poster.subjectId)));
        }
        if (assignment.posterSubjectId == null) {
            return Optional.empty();
        }
        return subjects.mailAddressOf(assignment.posterSubjectId)
                .map(address -> new AssignmentFacts.PosterAddress(
                        assignment.posterSubjectId, address.email(), address.language()));
    }
}
