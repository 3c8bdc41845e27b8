package nl.werkbank.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
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

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = problemResponse(
                new Problem(typeUri(e.type()), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue);
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(validation(uri, errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(validation(uri, List.of(new Problem.FieldError(jsonPath(e), "unknown property"))));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + enumValues(e.getTargetType())
                : "has the wrong format";
        return respond(validation(uri, List.of(new Problem.FieldError(jsonPath(e), message))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(validation(
                uri, List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, "has the wrong type"))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                validation(uri, List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, "cannot be read"))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(validation(uri, List.of(new Problem.FieldError("body", "is not well-formed JSON"))));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(
                uri,
                "The access token is missing, expired or not valid.",
                BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "This request needs an access token.", BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                typeUri("forbidden"), "Forbidden", 403, "Your account may not do this.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, uri);
        }
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException conversion) {
            return respond(validation(
                    uri, List.of(new Problem.FieldError(queryParameterIn(conversion, uri), "has the wrong format"))));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder builder =
                problemResponse(new Problem("about:blank", reason(status), status, null, path(uri), List.of()));
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(new Problem(
                typeUri("internal"),
                "Internal error",
                500,
                "Something went wrong on our side. Error id: " + errorId,
                path(uri),
                List.of()));
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

    private Response unauthorized(UriInfo uri, String detail, String challenge) {
        return problemResponse(new Problem(typeUri("unauthorized"), "Unauthorized", 401, detail, path(uri), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static Problem validation(UriInfo uri, List<Problem.FieldError> errors) {
        String detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return new Problem(typeUri("validation"), "Invalid request", 400, detail, path(uri), errors);
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

    private static String reason(int status) {
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
