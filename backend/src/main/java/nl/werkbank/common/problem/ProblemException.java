package nl.werkbank.common.problem;

import java.util.List;
import java.util.Optional;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;

/**
 * A failure a service reports to the caller. The resource layer turns it into problem+json in
 * the caller's language, so services state what went wrong without knowing about HTTP responses.
 */
public class ProblemException extends RuntimeException {

    /** One broken rule of one field, in every language; rendered for the caller by the mapper. */
    public record Violation(String field, FieldCode code, Text message) {

        public Problem.FieldError in(Language language) {
            return new Problem.FieldError(field, code, message.in(language));
        }
    }

    private final int status;
    private final String type;
    private final List<Violation> violations;
    private Long retryAfterSeconds;

    public ProblemException(int status, String type, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", detail, List.of());
    }

    /** S-4: the caller is over a rate limit and may try again after the given time. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "rate-limited", detail, List.of());
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** The caller may send the same request again after the given time (Retry-After). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(410, "gone", detail, List.of());
    }

    public static ProblemException invalid(String field, FieldCode code, Text message) {
        return invalid(List.of(new Violation(field, code, message)));
    }

    /** Several broken rules at once, so the client can show them all. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(
                400,
                "validation",
                violations.stream()
                        .map(v -> v.field() + ": " + v.message().en())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("Invalid request"),
                violations);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }
}
