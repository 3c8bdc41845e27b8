package nl.werkbank.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;
import nl.werkbank.common.text.ControlCharacterException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json (S-2). Nothing of the exception's class,
 * message or stack reaches the client; unexpected errors are logged under an id that the
 * response repeats, so support can find them without personal data in the response.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"werkbank\"";
    private static final String FORM_PARSER =
            "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition";
    private static final Text WRONG_FORMAT = Text.of("has the wrong format", "heeft de verkeerde vorm");

    /** Titles per problem type, so a Dutch user reads Dutch (§12). */
    private static final Map<String, Text> TITLES = Map.ofEntries(
            Map.entry("validation", Text.of("Invalid request", "Ongeldige invoer")),
            Map.entry("not-found", Text.of("Not found", "Niet gevonden")),
            Map.entry("forbidden", Text.of("Forbidden", "Niet toegestaan")),
            Map.entry("conflict", Text.of("Conflict", "Niet mogelijk in deze situatie")),
            Map.entry("rate-limited", Text.of("Too many requests", "Te veel verzoeken")),
            Map.entry("gone", Text.of("Gone", "Niet meer beschikbaar")),
            Map.entry("too-large", Text.of("File too large", "Bestand te groot")),
            Map.entry("idempotency-key-reused", Text.of("Idempotency key reused", "Idempotency-Key al gebruikt")),
            Map.entry("unauthorized", Text.of("Unauthorized", "Niet ingelogd")),
            Map.entry("internal", Text.of("Internal error", "Interne fout")),
            Map.entry("unavailable", Text.of("Temporarily unavailable", "Tijdelijk niet beschikbaar")));

    /** Titles of the statuses the HTTP layer answers itself. */
    private static final Map<Integer, Text> STATUS_TITLES = Map.of(
            404, Text.of("Not Found", "Niet gevonden"),
            405, Text.of("Method Not Allowed", "Methode niet toegestaan"),
            406, Text.of("Not Acceptable", "Niet aanvaardbaar"),
            413, Text.of("Request Entity Too Large", "Verzoek te groot"),
            415, Text.of("Unsupported Media Type", "Mediatype niet ondersteund"));

    private final CurrentCaller caller;

    ProblemMappers(CurrentCaller caller) {
        this.caller = caller;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        List<Problem.FieldError> errors =
                e.violations().stream().map(v -> v.in(language)).toList();
        Response.ResponseBuilder response = problemResponse(new Problem(
                typeUri(e.type()), title(e.type(), language), e.status(), e.getMessage(), path(uri), errors));
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue);
        if (returnValue) {
            return unexpected(e, uri, headers);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(validation(uri, headers, errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        jsonPath(e), FieldCode.UNKNOWN, Text.of("unknown property", "onbekend veld"), headers))));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        Problem.FieldError error =
                e.getTargetType() != null && e.getTargetType().isEnum()
                        ? fieldError(
                                jsonPath(e),
                                FieldCode.ONE_OF,
                                Text.of(
                                        "must be one of " + enumValues(e.getTargetType()),
                                        "moet een van deze zijn: " + enumValues(e.getTargetType())),
                                headers)
                        : fieldError(jsonPath(e), FieldCode.FORMAT, WRONG_FORMAT, headers);
        return respond(validation(uri, headers, List.of(error)));
    }

    @ServerExceptionMapper
    public Response controlCharacter(ControlCharacterException e, UriInfo uri, HttpHeaders headers) {
        Text message = e.multiLine()
                ? Text.of(
                        "must not contain control characters other than tabs and line breaks",
                        "mag geen stuurtekens bevatten behalve tabs en regeleinden")
                : Text.of("must be one line without control characters", "moet één regel zonder stuurtekens zijn");
        return respond(validation(uri, headers, List.of(fieldError(jsonPath(e), FieldCode.PATTERN, message, headers))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        field.isEmpty() ? "body" : field,
                        FieldCode.FORMAT,
                        Text.of("has the wrong type", "heeft het verkeerde type"),
                        headers))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        field.isEmpty() ? "body" : field,
                        FieldCode.FORMAT,
                        Text.of("cannot be read", "is niet leesbaar"),
                        headers))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        "body",
                        FieldCode.FORMAT,
                        Text.of("is not well-formed JSON", "is geen geldige JSON"),
                        headers))));
    }

    /** S-4: a body beyond what {@code JsonLimits} lets the parser read: too deep, a number too long. */
    @ServerExceptionMapper
    public Response beyondJsonLimits(StreamConstraintsException e, UriInfo uri, HttpHeaders headers) {
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        "body",
                        FieldCode.FORMAT,
                        Text.of(
                                "is nested too deeply or holds a number too long",
                                "is te diep genest of bevat een te lang getal"),
                        headers))));
    }

    /**
     * A form body (the one-click unsubscribe) whose percent-encoding does not decode: the parser
     * of RESTEasy Reactive throws a bare IllegalArgumentException, which is the client's input, not
     * a fault. Any other IllegalArgumentException stays a fault.
     */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        boolean formParser = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith(FORM_PARSER));
        if (!formParser) {
            return unexpected(e, uri, headers);
        }
        return respond(validation(
                uri,
                headers,
                List.of(fieldError(
                        "body",
                        FieldCode.FORMAT,
                        Text.of("is not well-formed form data", "is geen geldige formulierdata"),
                        headers))));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(
                uri,
                headers,
                "The access token is missing, expired or not valid.",
                BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers, "This request needs an access token.", BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(
                typeUri("forbidden"),
                title("forbidden", languageOf(headers)),
                403,
                "Your account may not do this.",
                path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, uri, headers);
        }
        if (e.getCause() instanceof StreamConstraintsException beyond) {
            return beyondJsonLimits(beyond, uri, headers);
        }
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException conversion) {
            return respond(validation(
                    uri,
                    headers,
                    List.of(fieldError(queryParameterIn(conversion, uri), FieldCode.FORMAT, WRONG_FORMAT, headers))));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.ResponseBuilder builder = problemResponse(
                new Problem("about:blank", reason(status, languageOf(headers)), status, null, path(uri), List.of()));
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(new Problem(
                typeUri("internal"),
                title("internal", languageOf(headers)),
                500,
                "Something went wrong on our side. Error id: " + errorId,
                path(uri),
                List.of()));
    }

    /**
     * S-7: PostgreSQL cannot be reached (down, restarting, or the pool found no connection in
     * time). The client may retry; the log names only the kind of failure, whose message would
     * quote the server's address and could quote a statement.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("The database is unavailable (%s) on %s", e.getClass().getName(), uri == null ? "?" : uri.getPath());
        return problemResponse(new Problem(
                        typeUri("unavailable"),
                        title("unavailable", languageOf(headers)),
                        503,
                        "The service cannot reach its database right now. Please try again shortly.",
                        path(uri),
                        List.of()))
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * JAX-RS answers a query parameter it cannot convert with 404; it is the client's input, so
     * 400, naming the parameter whose value the conversion error quotes.
     */
    private static String queryParameterIn(IllegalArgumentException conversion, UriInfo uri) {
        String message = String.valueOf(conversion.getMessage());
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            if (parameter.getValue().stream()
                    .anyMatch(value -> !value.isEmpty() && message.contains("\"" + value + "\""))) {
                return parameter.getKey();
            }
        }
        return "query";
    }

    private Response unauthorized(UriInfo uri, HttpHeaders headers, String detail, String challenge) {
        return problemResponse(new Problem(
                        typeUri("unauthorized"),
                        title("unauthorized", languageOf(headers)),
                        401,
                        detail,
                        path(uri),
                        List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private Problem validation(UriInfo uri, HttpHeaders headers, List<Problem.FieldError> errors) {
        String detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return new Problem(
                typeUri("validation"), title("validation", languageOf(headers)), 400, detail, path(uri), errors);
    }

    private Problem.FieldError fieldError(String field, FieldCode code, Text message, HttpHeaders headers) {
        return new Problem.FieldError(field, code, message.in(languageOf(headers)));
    }

    /**
     * The caller's language for problem texts ({@link CurrentCaller#languageForProblems}); the
     * headers are what the HTTP layer's own answers have when no caller was resolved.
     */
    private Language languageOf(HttpHeaders headers) {
        return caller.languageForProblems(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static String title(String type, Language language) {
        return TITLES.getOrDefault(type, Text.of("Error", "Fout")).in(language);
    }

    /** The machine code of a bean-validation rule, from the kind of constraint that was broken. */
    private static FieldCode codeOf(ConstraintViolation<?> violation) {
        Class<?> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        String name = constraint.getSimpleName();
        return switch (name) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldCode.REQUIRED;
            case "Pattern", "Email" -> FieldCode.PATTERN;
            case "Min",
                    "Max",
                    "DecimalMin",
                    "DecimalMax",
                    "Positive",
                    "PositiveOrZero",
                    "Negative",
                    "NegativeOrZero",
                    "Future",
                    "FutureOrPresent",
                    "Past",
                    "PastOrPresent",
                    "Range" -> FieldCode.RANGE;
            case "Size", "Length" -> sizeCode(violation);
            default -> FieldCode.FORMAT;
        };
    }

    /** A size rule broken by too much is {@code too-long}, by too little {@code too-short}. */
    private static FieldCode sizeCode(ConstraintViolation<?> violation) {
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        Object value = violation.getInvalidValue();
        int size = value instanceof CharSequence text
                ? text.length()
                : value instanceof java.util.Collection<?> items ? items.size() : -1;
        return min instanceof Integer least && size >= 0 && size < least ? FieldCode.TOO_SHORT : FieldCode.TOO_LONG;
    }

    private static Response respond(Problem problem) {
        return problemResponse(problem).build();
    }

    private static Response.ResponseBuilder problemResponse(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    static String typeUri(String slug) {
        return "urn:werkbank:problem:" + slug;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String reason(int status, Language language) {
        Text dutch = STATUS_TITLES.get(status);
        if (dutch != null) {
            return dutch.in(language);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path below the method parameter, as the client wrote it: {@code save.input.experience[0].role}
     * becomes {@code experience[0].role}, an element of a list parameter {@code skill[0]}.
     */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (parameter == null || node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.isInIterable()) {
                String position = node.getIndex() != null
                        ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "[]";
                if (names.isEmpty()) {
                    names.add(parameter + position);
                } else {
                    names.set(names.size() - 1, names.get(names.size() - 1) + position);
                }
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter != null ? parameter : path.toString();
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        List<String> names = new ArrayList<>();
        for (Object constant : constants) {
            names.add(constant.toString());
        }
        return String.join(", ", names);
    }
}
