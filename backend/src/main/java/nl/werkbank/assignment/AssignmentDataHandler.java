package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * Who posted an assignment: the poster link on the assignment and the identity of a poster
 * without an account. The assignment itself is the organisation's or the public's; erasure
 * removes the person from it and keeps the rest. An assignment of an erased poster without an
 * account has nobody left to manage it or to receive responses: its management and
 * verification links are revoked and a published one is closed (the feed publishes its
 * tombstone); one that was never published goes altogether.
 */
@ApplicationScoped
public class AssignmentDataHandler implements PersonalDataHandler {

    private final AssignmentRepository assignments;
    private final AssignmentPosterRepository posters;
    private final AssignmentTokenRepository tokens;
    private final Clock clock;

    AssignmentDataHandler(
            AssignmentRepository assignments,
            AssignmentPosterRepository posters,
            AssignmentTokenRepository tokens,
            Clock clock) {
        this.assignments = assignments;
        this.posters = posters;
        this.tokens = tokens;
        this.clock = clock;
    }

    public record PostedAssignment(UUID id, String title, String status) {}

    public record PosterIdentity(UUID assignmentId, String name, String organisation, String email, String phone) {}

    @Override
    public String category() {
        return "assignments-posted";
    }

    @Override
    public Set<String> tables() {
        return Set.of("assignment", "assignment_poster", "assignment_token");
    }

    @Override
    public Object export(UUID subjectId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "assignments",
                assignments.postedBy(subjectId).stream()
                        .map(a -> new PostedAssignment(a.id, a.title, a.status.name()))
                        .toList());
        export.put(
                "posterDetails",
                posters.ofSubject(subjectId).stream()
                        .map(p -> new PosterIdentity(p.assignmentId, p.name, p.organisationName, p.email, p.phone))
                        .toList());
        return export;
    }

    @Override
    public Set<UUID> subjectsWithAddress(String address) {
        return posters.list("lower(email) = lower(?1)", address).stream()
                .map(p -> p.subjectId)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<String> mailAddresses(UUID subjectId) {
        return posters.ofSubject(subjectId).stream().map(p -> p.email).collect(Collectors.toSet());
    }

    @Override
    public void erase(UUID subjectId) {
        Instant now = clock.instant();
        for (AssignmentPoster poster : posters.ofSubject(subjectId)) {
            tokens.delete("assignmentId", poster.assignmentId);
            Assignment assignment = assignments.findById(poster.assignmentId);
            if (!assignment.status.isPublicKnowledge()) {
                // never published, so nobody responded to it: nothing of it is anyone else's
                assignments.delete(assignment);
            } else if (assignment.status == AssignmentStatus.PUBLISHED) {
                assignment.status = AssignmentStatus.CLOSED;
                assignment.closedAt = now;
                assignment.updatedAt = now;
            }
        }
        posters.delete("subjectId", subjectId);
        assignments.update("posterSubjectId = null WHERE posterSubjectId = ?1", subjectId);
    }
}
