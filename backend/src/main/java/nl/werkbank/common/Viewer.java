package nl.werkbank.common;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.werkbank.common.problem.ProblemException;

/**
 * Who is asking, resolved once per request from the bearer token (ARCHITECTURE §3).
 * Services take a viewer and decide from it what the caller may see or change; nothing
 * else in the code reads the token.
 *
 * @param oidcSubject the identity provider's subject ({@code sub}); empty for anonymous callers
 * @param authenticatedAt when the person last logged in at the identity provider, if the token says
 */
public record Viewer(
        Kind kind,
        Optional<String> oidcSubject,
        Optional<String> name,
        Optional<String> email,
        Optional<Language> language,
        Set<Role> roles,
        Optional<Instant> authenticatedAt) {

    public enum Kind {
        /** No token. */
        ANONYMOUS,
        /** A person logged in through the SPA or a mobile app. */
        PERSON,
        /** A machine client (job board) using client credentials: never has personal data of its own. */
        SERVICE
    }

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer anonymous() {
        return new Viewer(
                Kind.ANONYMOUS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Optional.empty());
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The OIDC subject of a logged-in person; anything else is refused. */
    public String requirePerson() {
        if (kind != Kind.PERSON || oidcSubject.isEmpty()) {
            throw ProblemException.forbidden("Only a person's account can do this.");
        }
        return oidcSubject.get();
    }
}
