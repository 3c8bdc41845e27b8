package nl.werkbank.caller;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.organisation.Membership;

/**
 * Everything about who is asking, resolved once per request (ARCHITECTURE §3): what the token
 * says, the manage-token capability, the language and the client address. What needs the
 * database (subject, organisation, capability) is looked up on first use and then kept, so a
 * request that never asks pays nothing. Services decide from a caller through the access
 * classes of their aggregate; nothing else reads the token or these headers.
 */
public final class Caller {

    public enum Kind {
        /** No token. */
        ANONYMOUS,
        /** A person logged in through the SPA or a mobile app. */
        PERSON,
        /** A machine client (job board) using client credentials: never has personal data of its own. */
        SERVICE
    }

    /**
     * What the verified token says.
     *
     * @param oidcSubject the identity provider's subject ({@code sub}); empty for anonymous callers
     * @param locale the language the token names, if any
     * @param authenticatedAt when the person last logged in at the identity provider, if the token says
     * @param emailVerified whether the identity provider verified {@code email} (C-1: it confirms the
     *     address for mail the person asks for, instead of a mailed link)
     */
    public record Identity(
            Kind kind,
            Optional<String> oidcSubject,
            Optional<String> name,
            Optional<String> email,
            Optional<Language> locale,
            Set<Role> roles,
            Optional<Instant> authenticatedAt,
            boolean emailVerified) {

        public Identity {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        /** An identity whose e-mail address, if any, the provider has not verified. */
        public Identity(
                Kind kind,
                Optional<String> oidcSubject,
                Optional<String> name,
                Optional<String> email,
                Optional<Language> locale,
                Set<Role> roles,
                Optional<Instant> authenticatedAt) {
            this(kind, oidcSubject, name, email, locale, roles, authenticatedAt, false);
        }

        public static Identity anonymous() {
            return new Identity(
                    Kind.ANONYMOUS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    Optional.empty());
        }
    }

    private final Identity identity;
    private final String clientAddress;
    private final Lazy<Language> language;
    private final Lazy<UUID> subjectId;
    private final Lazy<Optional<Membership>> membership;
    private final Lazy<Optional<UUID>> managedAssignment;

    Caller(
            Identity identity,
            String clientAddress,
            Supplier<Language> language,
            Supplier<UUID> subjectId,
            Function<UUID, Optional<Membership>> membershipOfSubject,
            Supplier<Optional<UUID>> managedAssignment) {
        this.identity = identity;
        this.clientAddress = clientAddress;
        this.language = new Lazy<>(language);
        this.subjectId = new Lazy<>(subjectId);
        this.membership = new Lazy<>(() -> membershipOfSubject.apply(subjectId()));
        this.managedAssignment = new Lazy<>(managedAssignment);
    }

    public Identity identity() {
        return identity;
    }

    public Kind kind() {
        return identity.kind();
    }

    public boolean isAnonymous() {
        return identity.kind() == Kind.ANONYMOUS;
    }

    public boolean isPerson() {
        return identity.kind() == Kind.PERSON;
    }

    public Optional<String> name() {
        return identity.name();
    }

    public Optional<String> email() {
        return identity.email();
    }

    /** The e-mail address, only when the identity provider verified it. */
    public Optional<String> verifiedEmail() {
        return identity.emailVerified() ? identity.email() : Optional.empty();
    }

    public Set<Role> roles() {
        return identity.roles();
    }

    /** A role counts only for a person: a machine client's roles grant it no person's rights. */
    public boolean hasRole(Role role) {
        return isPerson() && identity.roles().contains(role);
    }

    /** F-1: a job board's client-credentials token with the feed-reader role; a person never is one. */
    public boolean isFeedReader() {
        return identity.kind() == Kind.SERVICE && identity.roles().contains(Role.FEED_READER);
    }

    public boolean isProfessional() {
        return hasRole(Role.PROFESSIONAL);
    }

    public boolean isClient() {
        return hasRole(Role.CLIENT);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Admins and privacy officers see what the platform holds, whoever it belongs to. */
    public boolean isStaff() {
        return hasRole(Role.ADMIN) || hasRole(Role.PRIVACY_OFFICER);
    }

    /** A person with this role; anyone else is refused with 403 and the given reason. */
    public void requireRole(Role role, String refusal) {
        if (!hasRole(role)) {
            throw ProblemException.forbidden(refusal);
        }
    }

    /** The OIDC subject of a logged-in person; anything else is refused. */
    public String requirePerson() {
        if (!isPerson() || identity.oidcSubject().isEmpty()) {
            throw ProblemException.forbidden("Only a person's account can do this.");
        }
        return identity.oidcSubject().get();
    }

    /** The subject behind a person's login (created on first use); anyone else is refused. */
    public UUID subjectId() {
        requirePerson();
        return subjectId.get();
    }

    /** The organisation of a client, if they registered or joined one. */
    public Optional<Membership> membership() {
        return isClient() ? membership.get() : Optional.empty();
    }

    public boolean isVerifiedMember() {
        return membership().map(Membership::verified).orElse(false);
    }

    public boolean isMemberOf(UUID organisationId) {
        return organisationId != null
                && membership()
                        .map(m -> m.organisationId().equals(organisationId))
                        .orElse(false);
    }

    /** the assignment whose valid manage token came with the request, checked once. */
    public Optional<UUID> managedAssignment() {
        return managedAssignment.get();
    }

    public boolean holdsManageTokenFor(UUID assignmentId) {
        return managedAssignment().map(assignmentId::equals).orElse(false);
    }

    /** Accept-Language, else the account's preference, else the token's locale, else the default. */
    public Language language() {
        return language.get();
    }

    /** The client's address as far as trusted proxies tell (quarkus.http.proxy.*); only ever hashed (S-5). */
    public String clientAddress() {
        return clientAddress;
    }

    /** Computes once, on first use. Requests are served by one thread at a time. */
    private static final class Lazy<T> {
        private Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            if (supplier != null) {
                value = supplier.get();
                supplier = null;
            }
            return value;
        }
    }
}
