package nl.werkbank.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.werkbank.common.Role;

/**
 * Real signed access tokens, shaped like Keycloak's, for the OIDC test server's realm. Each
 * builder starts from a valid token; the test changes what it is about.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "werkbank-api";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private Tokens() {}

    public static String person(String subject, String name, String email, String locale, Role... roles) {
        return sign(personClaims(subject, name, email, locale, roles));
    }

    public static JwtClaimsBuilder personClaims(
            String subject, String name, String email, String locale, Role... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .preferredUserName(subject)
                .claim("name", name)
                .claim("realm_access", Map.of("roles", roleClaims(roles)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
        if (email != null) {
            // As Keycloak with verifyEmail on: a person signs in only after confirming the address.
            claims.claim("email", email).claim("email_verified", true);
        }
        if (locale != null) {
            claims.claim("locale", locale);
        }
        return claims;
    }

    /** A job board's client-credentials token: Keycloak names its user {@code service-account-<client>}. */
    public static String service(String clientId, Role... roles) {
        return sign(Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("svc-" + clientId)
                .preferredUserName("service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", roleClaims(roles)))
                .expiresAt(Instant.now().plusSeconds(3600)));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(SIGNING_KEY);
    }

    /** Signed with a key the provider never published. */
    public static String signWithUnknownKey(JwtClaimsBuilder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims.jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roleClaims(Role... roles) {
        return Arrays.stream(roles).map(Role::claim).toList();
    }
}
