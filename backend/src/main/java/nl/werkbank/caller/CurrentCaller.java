package nl.werkbank.caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.WerkbankConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, resolved once from the verified token and the
 * request's headers. A holder rather than a produced {@code Caller}: a request-scoped bean is a
 * client proxy, which an immutable final class cannot be. Resources inject this and hand
 * {@link #get()} to services.
 */
@RequestScoped
public class CurrentCaller {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
    static final String SIGN_UP_ROLE_CLAIM = "werkbank_role";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final Callers callers;
    private final WerkbankConfig config;
    private Caller resolved;

    CurrentCaller(SecurityIdentity identity, HttpServerRequest request, Callers callers, WerkbankConfig config) {
        this.identity = identity;
        this.request = request;
        this.callers = callers;
        this.config = config;
    }

    public Caller get() {
        if (resolved == null) {
            resolved = callers.of(
                    identityOf(),
                    Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                    clientAddress(),
                    Optional.ofNullable(request.getHeader(ManageTokens.HEADER)));
        }
        return resolved;
    }

    /**
     * The language of a problem answer: the caller's when this request resolved one; otherwise
     * (authentication failed, or the HTTP layer refused the request before any resource ran)
     * the Accept-Language header, else the default, without touching the token again.
     */
    public Language languageForProblems(String acceptLanguage) {
        if (resolved != null) {
            return resolved.language();
        }
        return Language.fromAcceptLanguage(acceptLanguage).orElse(config.defaultLanguage());
    }

    /** The peer, or the forwarded client when the peer is a trusted proxy (quarkus.http.proxy.*). */
    private String clientAddress() {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    private Caller.Identity identityOf() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.Identity.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        chosenAtSignUp(token).ifPresent(roles::add);
        Caller.Kind kind = isServiceAccount(token) ? Caller.Kind.SERVICE : Caller.Kind.PERSON;
        return new Caller.Identity(
                kind,
                Optional.ofNullable(token.getSubject()),
                claim(token, "name").or(() -> claim(token, "preferred_username")),
                claim(token, "email"),
                claim(token, "locale").flatMap(Language::fromTag),
                roles,
                authTime(token),
                claim(token, "email_verified").map(Boolean::parseBoolean).orElse(false));
    }

    /**
     * The role a person chose when they signed up ("ik ben professional" / "ik zoek een
     * professional"): Keycloak keeps it as the user attribute {@value #SIGN_UP_ROLE_CLAIM} and
     * puts it in the token. Only the two roles sign-up offers count, whatever the claim says, so
     * an attribute can never grant a staff role.
     */
    private static Optional<Role> chosenAtSignUp(JsonWebToken token) {
        return claim(token, SIGN_UP_ROLE_CLAIM)
                .flatMap(Role::fromClaim)
                .filter(role -> role == Role.PROFESSIONAL || role == Role.CLIENT);
    }

    /** Keycloak names the user behind a client-credentials token {@code service-account-<client>}. */
    private static boolean isServiceAccount(JsonWebToken token) {
        return claim(token, "preferred_username")
                .map(name -> name.startsWith(SERVICE_ACCOUNT_PREFIX))
                .orElse(false);
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Instant> authTime(JsonWebToken token) {
        Object value = token.getClaim("auth_time");
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        if (value instanceof jakarta.json.JsonNumber seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
