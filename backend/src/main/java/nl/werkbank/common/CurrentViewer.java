package nl.werkbank.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Viewer} of the current request, resolved once from the verified token. Resources
 * inject this and hand {@link #get()} to services.
 */
@RequestScoped
public class CurrentViewer {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    private Viewer resolved;

    public Viewer get() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private Viewer resolve() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Viewer.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        Viewer.Kind kind = isServiceAccount(token) ? Viewer.Kind.SERVICE : Viewer.Kind.PERSON;
        return new Viewer(
                kind,
                Optional.ofNullable(token.getSubject()),
                claim(token, "name").or(() -> claim(token, "preferred_username")),
                claim(token, "email"),
                claim(token, "locale").flatMap(Language::fromTag),
                roles,
                authTime(token));
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
