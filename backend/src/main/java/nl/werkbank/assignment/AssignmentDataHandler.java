package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * Who posted an assignment: the poster link on the assignment and the identity of a poster
 * without an account. The assignment itself is the organisation's or the public's; erasure
 * removes the person from it and keeps the rest.
 */
@ApplicationScoped
public class AssignmentDataHandler implements PersonalDataHandler {

    private final AssignmentRepository assignments;
    private final AssignmentPosterRepository posters;

    AssignmentDataHandler(AssignmentRepository assignments, AssignmentPosterRepository posters) {
        this.assignments = assignments;
        this.posters = posters;
    }

    public record PostedAssignment(UUID id, String title, String status) {}

    public record PosterIdentity(UUID assignmentId, String name, String organisation, String email, String phone) {}

    @Override
    public String category() {
        return "assignments-posted";
    }

    @Override
    public Set<String> tables() {
        return Set.of("assignment", "assignment_poster");
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
    public Set<UUID> subjectsKnownBy(String email) {
        return posters.withEmail(email).stream().map(p -> p.subjectId).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> emailOf(UUID subjectId) {
        return posters.ofSubject(subjectId).stream().map(p -> p.email).findFirst();
    }

    @Override
    public void erase(UUID subjectId) {
        posters.delete("subjectId", subjectId);
        assignments.update("posterSubjectId = null WHERE posterSubjectId = ?1", subjectId);
    }
}
