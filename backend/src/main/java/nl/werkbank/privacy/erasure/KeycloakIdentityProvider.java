package nl.werkbank.privacy.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import nl.werkbank.common.WerkbankConfig;

/**
 * Keycloak's Admin REST API through the JDK HTTP client: a client-credentials token of the
 * confidential client {@code werkbank-erasure} (its service account holds only realm-management
 * view-users and manage-users), then {@code DELETE /admin/realms/{realm}/users/{id}}. Keycloak's
 * {@code sub} is the user's id.
 */
@ApplicationScoped
public class KeycloakIdentityProvider implements IdentityProvider {

    /** Keycloak user ids are UUIDs; anything else never reaches a URL path. */
    private static final Pattern USER_ID = Pattern.compile("^[0-9a-fA-F-]{1,64}$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private final HttpClient http;

    @Inject
    KeycloakIdentityProvider(WerkbankConfig config) {
        this(
                URI.create(config.identityProvider().url()),
                config.identityProvider().realm(),
                config.identityProvider().clientId(),
                config.identityProvider().clientSecret(),
                config.identityProvider().timeout());
    }

    KeycloakIdentityProvider(URI server, String realm, String clientId, String clientSecret, Duration timeout) {
        this.server = URI.create(server.toString().replaceAll("/+$", "") + "/");
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void deleteUser(String oidcSubject) throws IdentityProviderException {
        if (!USER_ID.matcher(oidcSubject).matches()) {
            throw new IdentityProviderException("not a Keycloak user id");
        }
        String token = serviceToken();
        HttpRequest delete = HttpRequest.newBuilder(
                        server.resolve("admin/realms/" + encode(realm) + "/users/" + oidcSubject))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build();
        HttpResponse<String> answer = send(delete);
        // 404: the user is already gone (deleted before, or by hand), which is what we want
        if (answer.statusCode() != 204 && answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw new IdentityProviderException("user deletion answered HTTP " + answer.statusCode());
        }
    }

    private String serviceToken() throws IdentityProviderException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(
                        server.resolve("realms/" + encode(realm) + "/protocol/openid-connect/token"))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new IdentityProviderException("token request answered HTTP " + answer.statusCode());
        }
        try {
            JsonNode token = JSON.readTree(answer.body()).get("access_token");
            if (token == null || !token.isTextual()) {
                throw new IdentityProviderException("token answer without access_token");
            }
            return token.asText();
        } catch (IOException e) {
            throw new IdentityProviderException("token answer is not JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IdentityProviderException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException(
                    "identity provider not reachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
