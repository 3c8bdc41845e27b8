package nl.werkbank.response;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** A respondent's responses: what they wrote, their contact details and CV as forwarded. */
@ApplicationScoped
public class ResponseDataHandler implements PersonalDataHandler {

    private final ResponseRepository responses;

    ResponseDataHandler(ResponseRepository responses) {
        this.responses = responses;
    }

    public record ResponseExport(UUID id, UUID assignmentId, String status, String name, String email, String phone,
            String motivation, Object answers, String cvFileName, byte[] cv, Instant createdAt) {
    }

    @Override
    public String category() {
        return "responses";
    }

    @Override
    public Set<String> tables() {
        return Set.of("response");
    }

    @Override
    public Object export(UUID subjectId) {
        return responses.ofRespondent(subjectId).stream()
                .map(r -> new ResponseExport(r.id, r.assignmentId, r.status.name(), r.respondentName, r.respondentEmail,
                        r.respondentPhone, r.motivation, r.answers, r.cvFileName, r.cvContent, r.createdAt))
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        responses.delete("respondentSubjectId", subjectId);
    }
}
