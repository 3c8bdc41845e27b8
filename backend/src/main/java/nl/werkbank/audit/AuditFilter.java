package nl.werkbank.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/** What the privacy officer searches the audit log for; every part optional. Time range: from inclusive, to exclusive. */
public record AuditFilter(
        Optional<AuditAction> action,
        Optional<AuditActor> actor,
        Optional<UUID> subjectRef,
        Optional<Instant> from,
        Optional<Instant> to) {

    /** The search as the query parameters spelled it, read only after the caller may search at all. */
    public record Query(String action, String actor, String subject, String from, String to) {

        /** Reports every parameter that is wrong at once (S-2). */
        public AuditFilter parse() {
            return AuditFilter.parse(action, actor, subject, from, to);
        }
    }

    static AuditFilter parse(String action, String actor, String subject, String from, String to) {
        List<ProblemException.Violation> violations = new ArrayList<>();
        Optional<AuditAction> parsedAction = present(action).flatMap(value -> {
            try {
                return Optional.of(AuditAction.valueOf(value));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.toString(AuditAction.values());
                violations.add(new ProblemException.Violation(
                        "action",
                        FieldCode.ONE_OF,
                        Text.of("must be one of " + allowed, "moet een van deze zijn: " + allowed)));
                return Optional.empty();
            }
        });
        Optional<AuditActor> parsedActor = present(actor).flatMap(value -> {
            if (!AuditActor.FORM.matcher(value).matches()) {
                violations.add(new ProblemException.Violation(
                        "actor",
                        FieldCode.PATTERN,
                        Text.of(
                                "must be subject:<uuid>, client:<client id> or system",
                                "moet subject:<uuid>, client:<client-id> of system zijn")));
                return Optional.empty();
            }
            return Optional.of(new AuditActor(value));
        });
        Optional<UUID> parsedSubject = present(subject).flatMap(value -> {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                violations.add(new ProblemException.Violation(
                        "subject", FieldCode.FORMAT, Text.of("must be a UUID", "moet een UUID zijn")));
                return Optional.empty();
            }
        });
        Optional<Instant> parsedFrom = instant("from", from, violations);
        Optional<Instant> parsedTo = instant("to", to, violations);
        if (parsedFrom.isPresent() && parsedTo.isPresent() && !parsedFrom.get().isBefore(parsedTo.get())) {
            violations.add(new ProblemException.Violation(
                    "to", FieldCode.RANGE, Text.of("must be after from", "moet na from liggen")));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new AuditFilter(parsedAction, parsedActor, parsedSubject, parsedFrom, parsedTo);
    }

    private static Optional<Instant> instant(String name, String value, List<ProblemException.Violation> violations) {
        return present(value).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                violations.add(new ProblemException.Violation(
                        name,
                        FieldCode.FORMAT,
                        Text.of(
                                "must be a UTC timestamp like 2026-01-31T09:00:00Z",
                                "moet een UTC-tijdstip zijn zoals 2026-01-31T09:00:00Z")));
                return Optional.empty();
            }
        });
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
