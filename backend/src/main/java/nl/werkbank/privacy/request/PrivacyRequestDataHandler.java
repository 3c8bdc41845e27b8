package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** A subject's requests with their history, and their export archives (named, not nested). */
@ApplicationScoped
public class PrivacyRequestDataHandler implements PersonalDataHandler {

    private final PrivacyRequestRepository requests;
    private final PrivacyRequestStepRepository steps;
    private final PrivacyExportRepository exports;
    private final PrivacyRequestScopes scopes;

    PrivacyRequestDataHandler(
            PrivacyRequestRepository requests,
            PrivacyRequestStepRepository steps,
            PrivacyExportRepository exports,
            PrivacyRequestScopes scopes) {
        this.requests = requests;
        this.steps = steps;
        this.exports = exports;
        this.scopes = scopes;
    }

    public record RequestExport(
            UUID id,
            RequestType type,
            RequestStatus status,
            String details,
            Instant receivedAt,
            Instant dueAt,
            int extensionMonths,
            String rejectionReason,
            Instant closedAt,
            List<PrivacyRequestView.Step> history) {}

    public record Export(List<RequestExport> requests, List<PrivacyExportRepository.ExportRecord> archives) {}

    @Override
    public String category() {
        return "privacy-requests";
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "privacy_request",
                "privacy_request_step",
                "privacy_export",
                "privacy_request_scope",
                "privacy_request_token");
    }

    @Override
    public Object export(UUID subjectId) {
        List<PrivacyRequest> mine = requests.allOfSubject(subjectId);
        Map<UUID, List<PrivacyRequestStep>> history =
                steps.historyOf(mine.stream().map(r -> r.id).toList());
        return new Export(
                mine.stream()
                        .map(r -> new RequestExport(
                                r.id,
                                r.type,
                                r.status,
                                r.details,
                                r.receivedAt,
                                r.dueAt,
                                r.extensionMonths,
                                r.rejectionReason,
                                r.closedAt,
                                history.getOrDefault(r.id, List.of()).stream()
                                        .map(PrivacyRequestView.Step::of)
                                        .toList()))
                        .toList(),
                exports.recordsOfSubject(subjectId));
    }

    /**
     * Archives go, and every request but an erasure request with its history, scopes and tokens
     * (ON DELETE CASCADE). A carried-out erasure request stays as the proof of it (Art. 5(2)):
     * type, status, dates and its steps, without the subject and without the free text the
     * subject wrote; the audit log holds the same steps under the subject's now meaningless id.
     */
    @Override
    public void erase(UUID subjectId) {
        scopes.forget(subjectId);
        exports.delete("subjectId", subjectId);
        for (PrivacyRequest request : requests.allOfSubject(subjectId)) {
            if (request.type == RequestType.ERASURE && request.status == RequestStatus.COMPLETED) {
                request.subjectId = null;
                request.details = null;
                request.requesterEmail = null;
            } else {
                requests.delete(request);
            }
        }
        requests.flush();
    }
}
