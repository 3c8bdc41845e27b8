package nl.werkbank.caller;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.JwksServerResource;
import org.junit.jupiter.api.Test;

/**
 * S-3 (issue 15), Keycloak down: the API checks tokens against the realm's keys it fetched once
 * (quarkus.oidc.jwks.resolve-early, the default), so tokens issued before the outage keep working
 * until they expire, without a call to the provider. Only a token signed with a key the API has
 * never seen needs the provider, and is refused while it is away. The provider here is a small
 * discovery + JWKS server inside the test, which the test stops.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.OwnProvider.class)
class IdentityProviderDownTest {

    public static class OwnProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(JwksServerResource.class));
        }
    }

    HttpServer provider;

    KeyPair keys;

    @Test
    void tokensIssuedBeforeTheOutageKeepWorkingUntilTheyExpire() throws Exception {
        String before =
                token("anna", keys, JwksServerResource.KEY_ID, Instant.now().plusSeconds(300));
        String other =
                token("bram", keys, JwksServerResource.KEY_ID, Instant.now().plusSeconds(300));
        assertThat(status(before)).isEqualTo(200);

        int port = provider.getAddress().getPort();
        provider.stop(0);
        assertThat(reachable(port)).as("the provider is down").isFalse();

        assertThat(status(before)).isEqualTo(200);
        assertThat(status(other))
                .as("a token the API never saw, signed with the known key")
                .isEqualTo(200);
        assertThat(status(token(
                        "anna", keys, JwksServerResource.KEY_ID, Instant.now().minusSeconds(120))))
                .as("expiry still holds")
                .isEqualTo(401);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThat(status(token(
                        "anna",
                        generator.generateKeyPair(),
                        "rotated-key",
                        Instant.now().plusSeconds(300))))
                .as("a key the API cannot fetch while the provider is down")
                .isEqualTo(401);
    }

    private static int status(String token) {
        return given().auth().oauth2(token).get("/api/v1/me").then().extract().statusCode();
    }

    private static String token(String subject, KeyPair signer, String keyId, Instant expiresAt) {
        return Jwt.issuer(JwksServerResource.ISSUER)
                .audience("werkbank-api")
                .subject(subject + "-" + UUID.randomUUID())
                .preferredUserName(subject)
                .claim("name", subject)
                .claim("realm_access", Map.of("roles", List.of("professional")))
                .issuedAt(expiresAt.minusSeconds(600))
                .expiresAt(expiresAt)
                .jws()
                .keyId(keyId)
                .sign(signer.getPrivate());
    }

    private static boolean reachable(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.connect();
            connection.disconnect();
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
