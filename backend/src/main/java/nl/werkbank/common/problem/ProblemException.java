package nl.werkbank.common.problem;

import java.util.List;

/**
 * A failure a service reports to the caller. The resource layer turns it into problem+json,
 * so services state what went wrong without knowing about HTTP responses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    /** S-4: the caller is over a rate limit and may try again after the given time. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "rate-limited", "Too many requests", detail, List.of());
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** The caller may send the same request again after the given time (Retry-After). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(410, "gone", "Gone", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400, "validation", "Invalid request", message, List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }
}
