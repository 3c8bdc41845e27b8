package nl.werkbank.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * A minimal OpenID provider for tests (outside the product): discovery and a JWKS with one RSA
 * key, on a random port. A test that uses it gets the {@link HttpServer} (to stop it, as when
 * Keycloak goes down) and the {@link KeyPair} (to sign tokens) injected into its fields of those
 * types.
 */
public class JwksServerResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://login.werkbank.test/realms/werkbank";
    public static final String KEY_ID = "jwks-test-key";

    private HttpServer server;
    private KeyPair keys;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/werkbank";
        server.createContext(
                "/realms/werkbank/.well-known/openid-configuration",
                exchange -> json(exchange, """
                {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%s/protocol/openid-connect/auth",
                 "token_endpoint":"%s/protocol/openid-connect/token"}""".formatted(ISSUER, base, base, base)));
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        server.createContext(
                "/realms/werkbank/protocol/openid-connect/certs",
                exchange -> json(exchange, """
                {"keys":[{"kid":"%s","kty":"RSA","alg":"RS256","use":"sig","n":"%s","e":"%s"}]}""".formatted(
                                KEY_ID, base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent()))));
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", base, "quarkus.oidc.token.issuer", ISSUER);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, field -> field.getType() == HttpServer.class);
        injector.injectIntoFields(keys, (Field field) -> field.getType() == KeyPair.class);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }
}
