package nl.werkbank.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * D-4: the Keycloak client against an HTTP server that answers like Keycloak's token endpoint and
 * Admin REST API, so the requests themselves are checked: the client-credentials grant of the
 * erasure client, then DELETE of the user with the token it got.
 */
class KeycloakIdentityProviderTest {

    private static final String USER = "7c1e3f0a-2b4d-4e6f-8a9b-0c1d2e3f4a5b";

    private record Seen(String method, String path, String authorization, String body) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int tokenStatus = 200;
    private int deleteStatus = 204;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(
                exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (path.equals("/realms/werkbank/protocol/openid-connect/token")) {
            byte[] token = "{\"access_token\":\"service-token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(tokenStatus, tokenStatus == 200 ? token.length : -1);
            if (tokenStatus == 200) {
                exchange.getResponseBody().write(token);
            }
        } else {
            exchange.sendResponseHeaders(deleteStatus, -1);
        }
        exchange.close();
    }

    private KeycloakIdentityProvider provider() {
        return new KeycloakIdentityProvider(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "werkbank",
                "werkbank-erasure",
                "s3cret&=",
                Duration.ofSeconds(5));
    }

    @Test
    void asksForAServiceTokenThenDeletesTheUserWithIt() throws Exception {
        provider().deleteUser(USER);

        assertThat(seen).hasSize(2);
        Seen token = seen.get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.path()).isEqualTo("/realms/werkbank/protocol/openid-connect/token");
        assertThat(form(token.body()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "werkbank-erasure",
                        "client_secret", "s3cret&="));
        Seen delete = seen.get(1);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.path()).isEqualTo("/admin/realms/werkbank/users/" + USER);
        assertThat(delete.authorization()).isEqualTo("Bearer service-token-1");
    }

    @Test
    void aUserThatIsAlreadyGoneCountsAsDeleted() throws Exception {
        deleteStatus = 404;
        provider().deleteUser(USER);
        assertThat(seen).extracting(Seen::method).containsExactly("POST", "DELETE");
    }

    @Test
    void aRefusedTokenFailsWithoutTryingToDelete() {
        tokenStatus = 401;
        assertThatThrownBy(() -> provider().deleteUser(USER))
                .isInstanceOf(IdentityProvider.IdentityProviderException.class)
                .hasMessageContaining("401");
        assertThat(seen).extracting(Seen::method).containsExactly("POST");
    }

    @Test
    void aRefusedDeletionFails() {
        deleteStatus = 403;
        assertThatThrownBy(() -> provider().deleteUser(USER))
                .isInstanceOf(IdentityProvider.IdentityProviderException.class)
                .hasMessageContaining("403");
    }

    @Test
    void anUnreachableProviderFails() {
        KeycloakIdentityProvider unreachable = provider();
        server.stop(0);
        assertThatThrownBy(() -> unreachable.deleteUser(USER))
                .isInstanceOf(IdentityProvider.IdentityProviderException.class)
                .hasMessageContaining("not reachable");
    }

    @Test
    void somethingElseThanAUserIdNeverReachesTheUrl() {
        assertThatThrownBy(() -> provider().deleteUser("../../clients/x"))
                .isInstanceOf(IdentityProvider.IdentityProviderException.class);
        assertThat(seen).isEmpty();
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
