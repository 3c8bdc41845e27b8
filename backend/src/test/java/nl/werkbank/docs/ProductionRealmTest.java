package nl.werkbank.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * keycloak/werkbank-realm.prod.json, the production template of the realm (issue 15, S-5): TLS
 * outside the cluster, a password policy, a one-time code for staff, rotating refresh tokens, no
 * offline_access by default, exact redirect URIs, no committed secret; the development realm is not
 * what the production deployment imports, and the template keeps the development realm's roles,
 * clients and user profile.
 */
class ProductionRealmTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(:[^}]*)?}");
    private static final Set<String> STAFF_ROLES = Set.of("admin", "privacy-officer");

    private static JsonNode prod;
    private static JsonNode dev;

    @BeforeAll
    static void read() throws IOException {
        prod = JSON.readTree(ROOT.resolve("keycloak/werkbank-realm.prod.json").toFile());
        dev = JSON.readTree(ROOT.resolve("keycloak/werkbank-realm.json").toFile());
    }

    @Test
    void tlsIsRequiredForEveryoneOutsideThePrivateNetwork() {
        assertThat(prod.get("sslRequired").asText()).isEqualTo("external");
    }

    /** The policy as a map: "length(12) and notUsername" gives length=12, notUsername="". */
    private static Map<String, String> passwordPolicy() {
        Map<String, String> policy = new HashMap<>();
        for (String part : prod.get("passwordPolicy").asText().split(" and ")) {
            Matcher term = Pattern.compile("(\\w+)(?:\\((.*)\\))?").matcher(part.strip());
            assertThat(term.matches()).as(part).isTrue();
            policy.put(term.group(1), term.group(2) == null ? "" : term.group(2));
        }
        return policy;
    }

    @Test
    void passwordsAreLongNotTheNameOrAddressNotRecentAndHashedHard() {
        Map<String, String> policy = passwordPolicy();
        assertThat(Integer.parseInt(policy.get("length"))).isGreaterThanOrEqualTo(12);
        assertThat(policy).containsKeys("notUsername", "notEmail");
        assertThat(Integer.parseInt(policy.get("passwordHistory"))).isGreaterThanOrEqualTo(3);
        // OWASP Password Storage Cheat Sheet: argon2id with 7 MiB needs 5 passes (Keycloak's
        // argon2 memory default); PBKDF2-HMAC-SHA512 needs 210,000 iterations
        int iterations = Integer.parseInt(policy.get("hashIterations"));
        switch (policy.get("hashAlgorithm")) {
            case "argon2" -> assertThat(iterations).isGreaterThanOrEqualTo(5);
            case "pbkdf2-sha512" -> assertThat(iterations).isGreaterThanOrEqualTo(210_000);
            case "pbkdf2-sha256" -> assertThat(iterations).isGreaterThanOrEqualTo(600_000);
            default -> throw new AssertionError("unexpected hash algorithm " + policy.get("hashAlgorithm"));
        }
        assertThat(prod.get("bruteForceProtected").asBoolean()).isTrue();
    }

    private static JsonNode flow(String alias) {
        for (JsonNode flow : prod.get("authenticationFlows")) {
            if (flow.get("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow " + alias);
    }

    private static String roleCondition(JsonNode execution) {
        String alias = execution.path("authenticatorConfig").asText();
        for (JsonNode config : prod.get("authenticatorConfig")) {
            if (config.get("alias").asText().equals(alias)) {
                assertThat(config.at("/config/negate").asText()).isEqualTo("false");
                return config.at("/config/condUserRole").asText();
            }
        }
        throw new AssertionError("no authenticator config " + alias);
    }

    /** The roles whose users must give a one-time code in the flow, followed into its sub-flows. */
    private static Set<String> rolesThatNeedAOneTimeCode(JsonNode flow) {
        Set<String> roles = new TreeSet<>();
        JsonNode executions = flow.get("authenticationExecutions");
        for (JsonNode execution : executions) {
            if (execution.get("requirement").asText().equals("DISABLED")) {
                continue;
            }
            if (execution.get("authenticatorFlow").asBoolean()) {
                JsonNode sub = flow(execution.get("flowAlias").asText());
                if (execution.get("requirement").asText().equals("CONDITIONAL")) {
                    List<String> authenticators = new ArrayList<>();
                    String role = null;
                    for (JsonNode step : sub.get("authenticationExecutions")) {
                        assertThat(step.get("requirement").asText()).isEqualTo("REQUIRED");
                        authenticators.add(step.get("authenticator").asText());
                        if (step.get("authenticator").asText().equals("conditional-user-role")) {
                            role = roleCondition(step);
                        }
                    }
                    if (role != null && authenticators.contains("auth-otp-form")) {
                        roles.add(role);
                    }
                } else {
                    roles.addAll(rolesThatNeedAOneTimeCode(sub));
                }
            }
        }
        return roles;
    }

    @Test
    void staffGiveAOneTimeCodeAndSetOneUpAtTheirFirstLogin() {
        JsonNode browser = flow(prod.get("browserFlow").asText());
        assertThat(browser.get("topLevel").asBoolean()).isTrue();
        assertThat(rolesThatNeedAOneTimeCode(browser)).containsAll(STAFF_ROLES);
        // the password form is required in the same sub-flow as the code, so the code never replaces it
        JsonNode forms = flow("werkbank browser forms");
        assertThat(forms.get("authenticationExecutions")).anySatisfy(step -> {
            assertThat(step.path("authenticator").asText()).isEqualTo("auth-username-password-form");
            assertThat(step.get("requirement").asText()).isEqualTo("REQUIRED");
        });
        assertThat(prod.get("requiredActions")).anySatisfy(action -> {
            assertThat(action.get("providerId").asText()).isEqualTo("CONFIGURE_TOTP");
            assertThat(action.get("enabled").asBoolean()).isTrue();
        });
        Set<String> realmRoles = new TreeSet<>();
        prod.at("/roles/realm").forEach(role -> realmRoles.add(role.get("name").asText()));
        assertThat(realmRoles).containsAll(STAFF_ROLES);
    }

    @Test
    void refreshTokensRotateAndAreUsedOnce() {
        assertThat(prod.get("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(prod.get("refreshTokenMaxReuse").asInt()).isZero();
    }

    @Test
    void newAccountsGetNoOfflineAccess() {
        String defaultRole = prod.at("/defaultRole/name").asText();
        JsonNode role = null;
        for (JsonNode candidate : prod.at("/roles/realm")) {
            if (candidate.get("name").asText().equals(defaultRole)) {
                role = candidate;
            }
        }
        assertThat(role)
                .as("the default role " + defaultRole + " is defined, so Keycloak adds none of its own")
                .isNotNull();
        assertThat(role.get("composites").toString()).doesNotContain("offline_access");
        prod.get("users").forEach(user -> assertThat(user.toString()).doesNotContain("offline_access"));
    }

    @Test
    void redirectUrisAreExactAddressesFromTheEnvironment() throws IOException {
        String callback = callbackPathOfTheSpa();
        for (JsonNode client : prod.get("clients")) {
            List<String> uris = new ArrayList<>();
            client.path("redirectUris").forEach(uri -> uris.add(uri.asText()));
            client.path("webOrigins").forEach(uri -> uris.add(uri.asText()));
            String logout = client.at("/attributes/post.logout.redirect.uris").asText();
            if (!logout.isEmpty()) {
                uris.addAll(List.of(logout.split("##")));
            }
            for (String uri : uris) {
                assertThat(uri)
                        .as(client.get("clientId").asText())
                        .doesNotContain("*")
                        .doesNotContain("localhost");
                if (!uri.startsWith("nl.werkbank.app:")) {
                    assertThat(uri).as(client.get("clientId").asText()).startsWith("${WERKBANK_SPA_URL}");
                }
            }
        }
        JsonNode spa = client("werkbank-spa");
        assertThat(spa.get("redirectUris"))
                .extracting(JsonNode::asText)
                .containsExactly("${WERKBANK_SPA_URL}" + callback);
        assertThat(spa.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo("${WERKBANK_SPA_URL}/");
        assertThat(spa.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    /** frontend/src/lib/auth/oidc.ts: where Keycloak sends the browser back after login. */
    private static String callbackPathOfTheSpa() throws IOException {
        Matcher path = Pattern.compile("CALLBACK_PATH = '([^']+)'")
                .matcher(Files.readString(ROOT.resolve("frontend/src/lib/auth/oidc.ts")));
        assertThat(path.find()).isTrue();
        return path.group(1);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : prod.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void noSecretIsCommitted() {
        for (JsonNode client : prod.get("clients")) {
            if (client.has("secret")) {
                assertThat(client.get("secret").asText())
                        .as(client.get("clientId").asText())
                        .matches(PLACEHOLDER);
            }
        }
        assertThat(prod.at("/smtpServer/password").asText()).matches(PLACEHOLDER);
        assertThat(prod.at("/smtpServer/starttls").asText()).isEqualTo("true");
        for (JsonNode user : prod.get("users")) {
            assertThat(user.has("credentials"))
                    .as(user.get("username").asText() + " has no password")
                    .isFalse();
            assertThat(user.has("serviceAccountClientId"))
                    .as("only service accounts, no demo users")
                    .isTrue();
        }
        assertThat(prod.toString()).doesNotContain("-dev-secret", "\"demo\"", "werkbank.test");
    }

    /** Found by importing the template into Keycloak 26.5.6: descriptions longer than 255 fail. */
    @Test
    void descriptionsFitKeycloaksColumns() {
        List<JsonNode> described = new ArrayList<>();
        prod.get("clients").forEach(described::add);
        prod.at("/roles/realm").forEach(described::add);
        prod.get("authenticationFlows").forEach(described::add);
        for (JsonNode item : described) {
            assertThat(item.path("description").asText().length())
                    .as(item.toString())
                    .isLessThanOrEqualTo(255);
        }
    }

    @Test
    void theTemplateKeepsTheDevelopmentRealmsRolesClientsAndUserProfile() {
        assertThat(names(prod.at("/roles/realm"), "name")).containsAll(names(dev.at("/roles/realm"), "name"));
        Set<String> devClients = names(dev.get("clients"), "clientId");
        devClients.remove("werkbank-jobboard"); // the demo board: each real board gets its own client
        assertThat(names(prod.get("clients"), "clientId")).isEqualTo(devClients);
        for (JsonNode client : prod.get("clients")) {
            assertThat(client.get("protocolMappers"))
                    .as(client.get("clientId").asText())
                    .isEqualTo(devClient(client.get("clientId").asText()).get("protocolMappers"));
        }
        assertThat(prod.get("components")).isEqualTo(dev.get("components"));
    }

    private static JsonNode devClient(String clientId) {
        for (JsonNode client : dev.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError(clientId);
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    @Test
    void theProductionDeploymentImportsTheTemplateNotTheDevelopmentRealm() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("deploy"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("werkbank-realm.json");
            }
        }
        String deployGuide = Files.readString(ROOT.resolve("docs/deploy.md"));
        assertThat(deployGuide).contains("keycloak/werkbank-realm.prod.json").doesNotContain("werkbank-realm.json");
    }
}
