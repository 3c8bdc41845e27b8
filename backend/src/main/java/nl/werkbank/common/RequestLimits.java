package nl.werkbank.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkbank.common.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S-4 (issue 15): the limits of a request, enforced before anything reads it, each refusal in the
 * one error shape (problem+json) like every other 4xx. Vert.x answers requests beyond its own hard
 * limits (quarkus.http.limits.*) with a bare status and offers Quarkus applications no hook to
 * shape that answer, so those hard limits are set well above the limits here, and this filter,
 * the first route of the router, refuses first:
 * <ul>
 *   <li>414 for a request target longer than {@value #MAX_TARGET_LENGTH} characters;
 *   <li>431 for more than {@value #MAX_HEADER_COUNT} headers, one header longer than
 *       {@value #MAX_HEADER_BYTES} bytes, or all of them together longer than {@value #MAX_HEADERS_BYTES};
 *   <li>413 for a declared body larger than its kind allows: {@value #MAX_JSON_BYTES} bytes for
 *       everything but multipart uploads, which may carry a CV ({@code werkbank.cv.max-bytes})
 *       and its form fields. A body without a declared length is held to the same bound when it
 *       is read ({@link BodyLengthLimit}) and by quarkus.http.limits.max-body-size;
 *   <li>403 for a request from a browser origin that is not the SPA's, which the CORS filter
 *       would otherwise refuse with a bare 403;
 *   <li>400 for a target that is no URI, whose query does not decode (malformed percent-encoding)
 *       or that holds an encoded NUL ({@code %00}).
 * </ul>
 */
@ApplicationScoped
public class RequestLimits {

    public static final int MAX_TARGET_LENGTH = 8 * 1024;
    public static final int MAX_HEADER_COUNT = 100;
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    public static final int MAX_HEADERS_BYTES = 16 * 1024;
    public static final int MAX_JSON_BYTES = 64 * 1024;
    /** Form fields and part headers of an upload besides the file (the JSON part of a response). */
    public static final int MULTIPART_OVERHEAD_BYTES = 256 * 1024;

    /** Before every route Quarkus and the extensions add (CORS, authentication, REST). */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Integer, Text> TITLES = Map.of(
            400, Text.of("Bad Request", "Ongeldig verzoek"),
            403, Text.of("Forbidden", "Niet toegestaan"),
            413, Text.of("Request Entity Too Large", "Verzoek te groot"),
            414, Text.of("URI Too Long", "Adres te lang"),
            431, Text.of("Request Header Fields Too Large", "Headers te groot"));

    private final WerkbankConfig config;
    private final List<String> allowedOrigins;

    RequestLimits(
            WerkbankConfig config,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> allowedOrigins) {
        this.config = config;
        this.allowedOrigins = allowedOrigins.orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_TARGET_LENGTH) {
            refuse(request, 414, "The request target is longer than " + MAX_TARGET_LENGTH + " characters.");
            return;
        }
        if (!wellFormed(context)) {
            refuse(request, 400, "The request target is not a well-formed URI.");
            return;
        }
        if (request.uri().contains("%00")) {
            // PostgreSQL cannot hold NUL in text: an id or parameter with one failed the query (500)
            refuse(request, 400, "The request target contains a NUL character.");
            return;
        }
        String headers = headersTooLarge(request);
        if (headers != null) {
            refuse(request, 431, headers);
            return;
        }
        long limit = bodyLimit(request);
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > limit) {
            refuse(request, 413, "The body is larger than " + limit + " bytes.");
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !allowedOrigin(origin, request)) {
            refuse(request, 403, "Requests from this origin are not allowed.");
            return;
        }
        context.next();
    }

    /**
     * The check Quarkus makes before the router (a target that is no URI, e.g. {@code %G1} or a
     * space, gets a bare 400 there; -Dvertx.disableURIValidation=true hands it to this filter), and
     * the query's percent-encoding, which Vert.x decodes when a later handler first asks for it and
     * would likewise answer with a bare 400.
     */
    private static boolean wellFormed(RoutingContext context) {
        try {
            new URI(context.request().uri());
            context.queryParams();
            return true;
        } catch (URISyntaxException | RuntimeException malformed) {
            return false;
        }
    }

    private static String headersTooLarge(HttpServerRequest request) {
        if (request.headers().size() > MAX_HEADER_COUNT) {
            return "The request has more than " + MAX_HEADER_COUNT + " headers.";
        }
        int total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            int size = header.getKey().length() + header.getValue().length() + 4;
            if (size > MAX_HEADER_BYTES) {
                return "A header is longer than " + MAX_HEADER_BYTES + " bytes.";
            }
            total += size;
        }
        return total > MAX_HEADERS_BYTES ? "The headers are longer than " + MAX_HEADERS_BYTES + " bytes." : null;
    }

    private long bodyLimit(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
        return multipart ? (long) config.cv().maxBytes() + MULTIPART_OVERHEAD_BYTES : MAX_JSON_BYTES;
    }

    /** A length that is no number counts as too large: the HTTP layer would refuse it anyway. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The SPA's origins, and same-origin requests (a browser sends Origin on those too, e.g. the
     * one-click unsubscribe form posted from a mail client's web view of this host).
     */
    private boolean allowedOrigin(String origin, HttpServerRequest request) {
        if (allowedOrigins.contains(origin) || allowedOrigins.contains("*")) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private void refuse(HttpServerRequest request, int status, String detail) {
        Language language = Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(config.defaultLanguage());
        Problem problem = new Problem(
                "about:blank", TITLES.get(status).in(language), status, detail, safePath(request), List.of());
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the rest of an oversized request is not read, so an HTTP/1 connection cannot be reused;
        // HTTP/2 forbids the Connection header and ends only this stream
        boolean closeConnection = status == 413 && request.version() != HttpVersion.HTTP_2;
        HttpServerResponse response = request.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body).onComplete(sent -> {
            if (closeConnection) {
                request.connection().close();
            }
        });
    }

    /** The path as the problem's instance, when it is short enough to be worth repeating. */
    private static String safePath(HttpServerRequest request) {
        String path = request.uri();
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        return bare.length() > 256 ? null : bare;
    }
}
