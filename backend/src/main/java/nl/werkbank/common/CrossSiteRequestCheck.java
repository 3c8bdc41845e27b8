package nl.werkbank.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import nl.werkbank.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * S-4 (issue 15): a page on another site can make a visitor's browser send a form (url-encoded
 * or multipart) to a public operation, and so post, respond or confirm in the visitor's name or
 * from the visitor's address. A form cannot set a header of its own, and a script on another
 * origin can only after a CORS preflight, which answers only the SPA's origin. So every
 * state-changing request without a bearer token must carry {@value #HEADER}; without it the
 * answer is 403. A bearer token is no ambient credential (the browser never adds it by itself),
 * so requests with one need nothing more.
 */
public class CrossSiteRequestCheck {

    /** The header the SPA (and any other client of the public operations) sends; any value will do. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /**
     * An operation that other sites' forms may call by design: RFC 8058 one-click unsubscribe,
     * which mail providers POST as a form; its signed link is the whole authorisation.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FormsFromElsewhere {}

    @ServerRequestFilter
    public void requireSameSite(ContainerRequestContext request, ResourceInfo resource) {
        if (SAFE_METHODS.contains(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !isBlank(request.getHeaderString(HEADER))
                || (resource.getResourceMethod() != null
                        && resource.getResourceMethod().isAnnotationPresent(FormsFromElsewhere.class))) {
            return;
        }
        throw ProblemException.forbidden("A request without a token must carry the header " + HEADER
                + ", which forms on other sites cannot send.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
