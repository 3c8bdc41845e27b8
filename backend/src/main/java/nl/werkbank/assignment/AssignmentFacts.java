package nl.werkbank.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.Language;

/**
 * What the responses feature needs to know of an assignment: whether it takes responses, its
 * questions, and where the poster's copy goes. The poster's address never leaves the service
 * that forwards the response.
 */
public record AssignmentFacts(
        UUID id,
        String title,
        AssignmentStatus status,
        List<Question> questions,
        Optional<UUID> organisationId,
        Optional<PosterAddress> poster,
        Optional<LocalDate> lastDay) {

    public record PosterAddress(UUID subjectId, String email, Language language) {}

    public boolean acceptsResponses() {
        return status == AssignmentStatus.PUBLISHED;
    }
}
