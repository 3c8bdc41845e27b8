package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.subject.PersonalDataHandler;

/** A respondent's responses: what they wrote, their contact details and CV as forwarded. */
@ApplicationScoped
public class ResponseDataHandler implements PersonalDataHandler {

    private final ResponseRepository responses;
    private final ResponseCvRepository cvFiles;
    private final PlacementRepository placements;

    ResponseDataHandler(ResponseRepository responses, ResponseCvRepository cvFiles, PlacementRepository placements) {
        this.responses = responses;
        this.cvFiles = cvFiles;
        this.placements = placements;
    }

    public record ResponseExport(
            UUID id,
            UUID assignmentId,
            String status,
            String name,
            String email,
            String phone,
            String motivation,
            Object answers,
            String cvFileName,
            byte[] cv,
            Instant createdAt) {}

    @Override
    public String category() {
        return "responses";
    }

    @Override
    public Set<String> tables() {
        return Set.of("response", "response_cv");
    }

    @Override
    public Object export(UUID subjectId) {
        return responses.ofRespondent(subjectId).stream()
                .map(r -> new ResponseExport(
                        r.id,
                        r.assignmentId,
                        r.status.name(),
                        r.respondentName,
                        r.respondentEmail,
                        r.respondentPhone,
                        r.motivation,
                        r.answers,
                        r.cvFileName,
                        cvFiles.findByIdOptional(r.id).map(file -> file.content).orElse(null),
                        r.createdAt))
                .toList();
    }

    /** D-5: the poster no longer sees the responses (list, detail, CV). */
    @Override
    public void restrict(UUID subjectId) {
        responses.update("restricted = true WHERE respondentSubjectId = ?1", subjectId);
    }

    @Override
    public void lift(UUID subjectId) {
        responses.update("restricted = false WHERE respondentSubjectId = ?1", subjectId);
    }

    @Override
    public Set<UUID> subjectsKnownBy(String email) {
        return responses.withEmail(email).stream()
                .map(r -> r.respondentSubjectId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<String> emailOf(UUID subjectId) {
        return responses.ofRespondent(subjectId).stream()
                .map(r -> r.respondentEmail)
                .findFirst();
    }

    /**
     * Removes the responses; one that led to a placement stays as part of a financial record
     * (A-7, T-1: 7 years) but loses everything that identifies the person.
     */
    @Override
    public void erase(UUID subjectId) {
        for (Response response : responses.ofRespondent(subjectId)) {
            if (placements.existsForResponse(response.id)) {
                response.respondentSubjectId = null;
                response.respondentName = "-";
                response.respondentEmail = "erased-" + response.id + "@invalid";
                response.respondentPhone = null;
                response.motivation = "-";
                response.answers = List.of();
                response.cvFileName = null;
                response.cvContentType = null;
                cvFiles.deleteById(response.id);
            } else {
                responses.delete(response);
            }
        }
    }
}
