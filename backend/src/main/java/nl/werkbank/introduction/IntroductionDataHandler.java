package nl.werkbank.introduction;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * Contact requests hold the candidate's data and, once accepted, the coach's name; introductions
 * hold the professional's and the asking member's. Erasing one party keeps what the other party
 * needs only when it names no one erased.
 */
@ApplicationScoped
public class IntroductionDataHandler implements PersonalDataHandler {

    private final ContactRequestRepository requests;
    private final IntroductionRepository introductions;

    IntroductionDataHandler(ContactRequestRepository requests, IntroductionRepository introductions) {
        this.requests = requests;
        this.introductions = introductions;
    }

    public record ContactRequestExport(
            List<String> topics,
            String motivation,
            boolean shareMotivation,
            String contactName,
            String contactEmail,
            String contactPhone,
            String status,
            String acceptedBy,
            Instant createdAt,
            Instant acceptedAt) {}

    public record AcceptedAsCoachExport(Instant acceptedAt) {}

    public record IntroductionExport(
            String role, String message, String status, Instant createdAt, Instant decidedAt) {}

    @Override
    public String category() {
        return "introductions";
    }

    @Override
    public Set<String> tables() {
        return Set.of("contact_request", "introduction");
    }

    @Override
    public Object export(UUID subjectId) {
        List<ContactRequestExport> sent = requests.allOfCandidate(subjectId).stream()
                .map(r -> new ContactRequestExport(
                        r.topics,
                        r.motivation,
                        r.shareMotivation,
                        r.contactName,
                        r.contactEmail,
                        r.contactPhone,
                        r.status.name(),
                        r.coachName,
                        r.createdAt,
                        r.acceptedAt))
                .toList();
        List<AcceptedAsCoachExport> acceptedAsCoach = requests.allAcceptedBy(subjectId).stream()
                .map(r -> new AcceptedAsCoachExport(r.acceptedAt))
                .toList();
        List<IntroductionExport> introduced = introductions.allConcerning(subjectId).stream()
                .map(i -> new IntroductionExport(
                        subjectId.equals(i.subjectId) ? "professional" : "requester",
                        i.message,
                        i.status.name(),
                        i.createdAt,
                        i.decidedAt))
                .toList();
        return Map.of("contactRequests", sent, "acceptedAsCoach", acceptedAsCoach, "introductions", introduced);
    }

    @Override
    public void erase(UUID subjectId) {
        requests.delete("subjectId", subjectId);
        requests.forgetCoach(subjectId);
        introductions.deleteToProfessional(subjectId);
        introductions.forgetRequester(subjectId);
    }

    /** D-5: a restricted candidate's requests leave the coaches' list and cannot be accepted. */
    @Override
    public void restrict(UUID subjectId) {
        requests.restrictCandidate(subjectId, true);
    }

    @Override
    public void lift(UUID subjectId) {
        requests.restrictCandidate(subjectId, false);
    }
}
