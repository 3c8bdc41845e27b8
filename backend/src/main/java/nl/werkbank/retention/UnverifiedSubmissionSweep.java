package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.AssignmentSubmissions;
import nl.werkbank.jobalert.JobAlertService;
import nl.werkbank.privacy.request.PrivacyRequestsByEmail;
import nl.werkbank.response.ResponseService;

/**
 * T-1 unverified-submission: what a visitor submitted under an e-mail address they never
 * confirmed (an anonymous posting, a response, a privacy request by e-mail, a job alert) goes with
 * the e-mail identity made for it, once the period (7 days) has passed since it was made. The
 * data belongs to four features; this sweep only asks their services. A key is
 * {@code <kind>:<id>}, so the kinds follow each other in key order.
 */
@ApplicationScoped
class UnverifiedSubmissionSweep implements RetentionSweep {

    /** The kinds in key order (alphabetical, as the keys sort). */
    enum Kind {
        ASSIGNMENT("assignment"),
        JOB_ALERT("job-alert"),
        PRIVACY_REQUEST("privacy-request"),
        RESPONSE("response");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        String key(UUID id) {
            return prefix + ":" + id;
        }

        static Kind of(String key) {
            for (Kind kind : values()) {
                if (key.startsWith(kind.prefix + ":")) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a key of unverified-submission");
        }

        static UUID id(String key) {
            return UUID.fromString(key.substring(key.indexOf(':') + 1));
        }
    }

    private final AssignmentSubmissions assignments;
    private final JobAlertService jobAlerts;
    private final PrivacyRequestsByEmail privacyRequests;
    private final ResponseService responses;

    UnverifiedSubmissionSweep(
            AssignmentSubmissions assignments,
            JobAlertService jobAlerts,
            PrivacyRequestsByEmail privacyRequests,
            ResponseService responses) {
        this.assignments = assignments;
        this.jobAlerts = jobAlerts;
        this.privacyRequests = privacyRequests;
        this.responses = responses;
    }

    @Override
    public String category() {
        return "unverified-submission";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        Instant cutoff = RetentionPeriods.cutoff(now, period);
        Optional<Kind> afterKind = Optional.ofNullable(after).map(Kind::of);
        List<DueRecord> due = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (due.size() >= limit) {
                break;
            }
            if (afterKind.isPresent() && kind.compareTo(afterKind.get()) < 0) {
                continue;
            }
            UUID from = afterKind.filter(kind::equals).map(k -> Kind.id(after)).orElse(null);
            due.addAll(dueOf(kind, cutoff, from, limit - due.size()));
        }
        return due;
    }

    private List<DueRecord> dueOf(Kind kind, Instant cutoff, UUID after, int limit) {
        return switch (kind) {
            case ASSIGNMENT ->
                assignments.unverifiedBefore(cutoff, after, limit).stream()
                        .map(e ->
                                new DueRecord(kind.key(e.getKey()), e.getValue().orElse(null)))
                        .toList();
            case JOB_ALERT -> records(kind, jobAlerts.unconfirmedBefore(cutoff, after, limit));
            case PRIVACY_REQUEST -> records(kind, privacyRequests.unconfirmedBefore(cutoff, after, limit));
            case RESPONSE -> records(kind, responses.unverifiedBefore(cutoff, after, limit));
        };
    }

    private static List<DueRecord> records(Kind kind, List<Map.Entry<UUID, UUID>> found) {
        return found.stream()
                .map(e -> new DueRecord(kind.key(e.getKey()), e.getValue()))
                .toList();
    }

    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        Map<Kind, List<UUID>> byKind = records.stream()
                .collect(Collectors.groupingBy(
                        r -> Kind.of(r.key()), Collectors.mapping(r -> Kind.id(r.key()), Collectors.toList())));
        int removed = 0;
        for (Map.Entry<Kind, List<UUID>> entry : byKind.entrySet()) {
            removed += switch (entry.getKey()) {
                case ASSIGNMENT -> assignments.removeUnverified(entry.getValue());
                case JOB_ALERT -> jobAlerts.removeUnconfirmed(entry.getValue());
                case PRIVACY_REQUEST -> privacyRequests.removeUnconfirmed(entry.getValue());
                case RESPONSE -> responses.removeUnverified(entry.getValue());
            };
        }
        return removed;
    }
}
