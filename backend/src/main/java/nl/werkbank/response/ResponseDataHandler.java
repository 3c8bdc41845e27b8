package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final Clock clock;

    ResponseDataHandler(
            ResponseRepository responses, ResponseCvRepository cvFiles, PlacementRepository placements, Clock clock) {
        this.responses = responses;
        this.cvFiles = cvFiles;
        this.placements = placements;
        this.clock = clock;
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
        return Set.of("response", "response_cv", "response_token", "placement", "invoice");
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
    public Set<UUID> subjectsWithAddress(String address) {
        return responses.list("lower(respondentEmail) = lower(?1)", address).stream()
                .map(r -> r.respondentSubjectId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<String> mailAddresses(UUID subjectId) {
        return responses.ofRespondent(subjectId).stream()
                .map(r -> r.respondentEmail)
                .collect(Collectors.toSet());
    }

    /**
     * Removes the responses (their confirmation tokens go with them). One that led to a placement
     * stays as part of a financial record (A-7, T-1: 7 years) but loses everything that identifies
     * the person: the fiscal obligation needs the placement (assignment, period, fee) and its
     * invoices, which name the client organisation and never the professional. The placement is
     * marked restricted: kept for that obligation only.
     */
    @Override
    public void erase(UUID subjectId) {
        for (Response response : responses.ofRespondent(subjectId)) {
            Optional<Placement> placement = placements.forResponse(response.id);
            if (placement.isPresent()) {
                placement.get().restrictedAt = clock.instant();
                response.respondentSubjectId = null;
                response.respondentName = "-";
                response.respondentEmail = "erased-" + response.id + "@invalid";
                response.respondentPhone = null;
                response.motivation = "-";
                response.answers = List.of();
                response.cvFileName = null;
                response.cvContentType = null;
                response.forwardedMessageId = null;
                response.copyMessageId = null;
                cvFiles.deleteById(response.id);
            } else {
                responses.delete(response);
            }
        }
    }
}
