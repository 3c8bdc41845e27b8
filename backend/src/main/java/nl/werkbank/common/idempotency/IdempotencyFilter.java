package nl.werkbank.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.DatabaseUnavailable;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * The {@code Idempotency-Key} protocol for {@link Idempotent} writes. Before the write: the key is
 * claimed for (caller, method, path) with a hash of the request; a known key with the same request
 * gets its first answer back, with another request 422, and while the first is still running 409
 * with {@code Retry-After}. After the write: a success is stored as the key's answer; a failure
 * releases the key, because nothing was done and the same retry should be allowed to run.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyKeys keys, CurrentCaller caller, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.json = json;
    }

    private record Claimed(String scope, String key) {}

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(
                    Idempotent.HEADER,
                    FieldCode.PATTERN,
                    Text.of(
                            "must be 1 to 255 printable ASCII characters",
                            "moet 1 tot 255 afdrukbare ASCII-tekens zijn"));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String path = request.getUriInfo().getPath();
        String scope = keys.scopeOf(request.getMethod() + " " + path + " " + callerKey());
        String requestHash = requestHash(request.getMediaType(), body);
        switch (keys.claim(scope, key, requestHash)) {
            case IdempotencyKeys.Owned owned -> request.setProperty(CLAIMED, new Claimed(scope, key));
            case IdempotencyKeys.Replay replay -> request.abortWith(replayOf(replay));
            case IdempotencyKeys.Mismatch mismatch ->
                throw new ProblemException(
                        422,
                        "idempotency-key-reused",
                        "This Idempotency-Key was used for a different request; use a new key for a new request.",
                        List.of());
            case IdempotencyKeys.InProgress inProgress ->
                throw ProblemException.conflict(
                                "A request with this Idempotency-Key is still being processed; retry to get its answer.")
                        .retryAfter(1);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        try {
            if (response.getStatus() < 200 || response.getStatus() >= 300) {
                keys.release(claimed.scope(), claimed.key());
                return;
            }
            MediaType type =
                    response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            keys.complete(
                    claimed.scope(),
                    claimed.key(),
                    response.getStatus(),
                    type.toString(),
                    location == null ? null : location.toString(),
                    bytesOf(response.getEntity()));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // S-7: the database went away after the write was answered (or refused). The answer
            // stands: a 2xx write is committed, a 503 is still right. The key stays claimed until
            // its lease passes (IdempotencyKeys#claim), then a retry runs again.
            LOG.warnf(
                    "Idempotency-Key left claimed: the database is unavailable (%s)",
                    e.getClass().getName());
        }
    }

    private static Response replayOf(IdempotencyKeys.Replay replay) {
        Response.ResponseBuilder answer = Response.status(replay.status()).header(REPLAYED_HEADER, "true");
        if (replay.body() != null && replay.body().length > 0) {
            answer.entity(replay.body()).type(replay.contentType());
        }
        if (replay.location() != null) {
            answer.header(HttpHeaders.LOCATION, replay.location());
        }
        return answer.build();
    }

    private byte[] bytesOf(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return json.writeValueAsBytes(entity instanceof ShownOnce secret ? secret.withoutSecrets() : entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer to store for an Idempotency-Key is not JSON", e);
        }
    }

    /** Keys are per caller: a person by their login, everyone without a token shares one space. */
    private String callerKey() {
        return caller.get().identity().oidcSubject().map(sub -> "sub:" + sub).orElse("anonymous");
    }

    /**
     * The same request sent again must hash the same: a multipart body is hashed without its
     * boundary, which clients draw at random for every attempt.
     */
    static String requestHash(MediaType type, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] content = body;
            if (type != null) {
                digest.update((type.getType() + "/" + type.getSubtype()).getBytes(StandardCharsets.UTF_8));
                String boundary = type.getParameters().get("boundary");
                if (boundary != null) {
                    content = new String(body, StandardCharsets.ISO_8859_1)
                            .replace(boundary, "")
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
            }
            digest.update((byte) 0);
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
