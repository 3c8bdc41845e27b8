package nl.werkbank.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deploy/ (S-8, issue 14) can run the packaged application: the
 * ConfigMap and the Secret set every variable the production profile of application.properties
 * reads, secrets stay out of the ConfigMap, the probes use the management port, two or more
 * replicas with a disruption budget, and every reference between the objects resolves.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final Path PROPERTIES = ROOT.resolve("backend/src/main/resources/application.properties");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A variable written as {@code ${NAME}} or {@code ${NAME:default}} in a property's value. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    /** Variables whose default is right in production too, and why. */
    private static final Map<String, String> DEFAULT_HOLDS_IN_PRODUCTION = Map.of(
            "WERKBANK_MANAGEMENT_PORT", "9000 is the port the probes and Prometheus use",
            "WERKBANK_REPLICA_DB_USER", "the replica is read with the primary's login unless it has its own",
            "WERKBANK_REPLICA_DB_PASSWORD", "the replica is read with the primary's login unless it has its own");

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|USERNAME|_USER)$");

    private static final Map<String, List<JsonNode>> byKind = new HashMap<>();

    @BeforeAll
    static void readTheKustomization() throws IOException {
        JsonNode kustomization =
                YAML.readTree(DEPLOY.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.get("resources")) {
            Path file = DEPLOY.resolve(resource.asText());
            assertThat(file).as("listed in kustomization.yaml").exists();
            try (var parser = YAML.createParser(file.toFile())) {
                YAML.readValues(parser, JsonNode.class)
                        .forEachRemaining(object -> byKind.computeIfAbsent(
                                        object.get("kind").asText(), kind -> new ArrayList<>())
                                .add(object));
            }
        }
    }

    private static List<JsonNode> all(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private static JsonNode one(String kind, String name) {
        return all(kind).stream()
                .filter(o -> o.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in deploy/"));
    }

    private static JsonNode api() {
        return one("Deployment", "werkbank-api");
    }

    private static JsonNode apiContainer() {
        return api().at("/spec/template/spec/containers/0");
    }

    /** Every variable a property that applies in production reads (no profile, or %prod). */
    private static Set<String> variablesOfTheProductionProfile() throws IOException {
        Set<String> variables = new TreeSet<>();
        for (String line : Files.readAllLines(PROPERTIES)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('='));
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            Matcher matcher = VARIABLE.matcher(trimmed.substring(trimmed.indexOf('=') + 1));
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }

    private static Set<String> configMapKeys(String name) {
        Set<String> keys = new TreeSet<>();
        one("ConfigMap", name).get("data").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The keys of the Secret kustomize generates from secret.env (its committed template). */
    private static Set<String> secretKeys() throws IOException {
        JsonNode kustomization =
                YAML.readTree(DEPLOY.resolve("kustomization.yaml").toFile());
        JsonNode generator = kustomization.get("secretGenerator").get(0);
        assertThat(generator.get("name").asText()).isEqualTo("werkbank-api-secrets");
        String file = generator.get("envs").get(0).asText();
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(DEPLOY.resolve(file + ".example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')));
            }
        }
        return keys;
    }

    @Test
    void theConfigMapAndTheSecretSetEverythingTheProductionProfileReads() throws IOException {
        Set<String> set = new TreeSet<>();
        for (JsonNode source : apiContainer().get("envFrom")) {
            if (source.has("configMapRef")) {
                set.addAll(configMapKeys(source.at("/configMapRef/name").asText()));
            } else {
                assertThat(source.at("/secretRef/name").asText()).isEqualTo("werkbank-api-secrets");
                set.addAll(secretKeys());
            }
        }
        Set<String> needed = variablesOfTheProductionProfile();
        needed.removeAll(DEFAULT_HOLDS_IN_PRODUCTION.keySet());
        assertThat(needed).as("read by the prod profile").contains("WERKBANK_HASH_KEY", "WERKBANK_DB_HOST");
        assertThat(set).as("set by deploy/ (ConfigMap + Secret)").containsAll(needed);
    }

    @Test
    void secretsAreNeverInTheConfigMap() throws IOException {
        Set<String> config = configMapKeys("werkbank-api-config");
        assertThat(config).noneMatch(key -> SECRET_NAME.matcher(key).matches());
        assertThat(secretKeys()).contains("WERKBANK_DB_PASSWORD", "WERKBANK_LEDGER_KEY", "WERKBANK_IDP_CLIENT_SECRET");
        assertThat(Files.readString(ROOT.resolve(".gitignore"))).contains("deploy/secret.env");
    }

    @Test
    void probesUseTheManagementPortAndTwoReplicasServe() {
        JsonNode container = apiContainer();
        int management = 0;
        for (JsonNode port : container.get("ports")) {
            if (port.get("name").asText().equals("management")) {
                management = port.get("containerPort").asInt();
            }
        }
        assertThat(management).as("the prod profile's default management port").isEqualTo(9000);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText())
                    .as(probe)
                    .isEqualTo("management");
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).startsWith("/q/health/");
        }
        assertThat(api().at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
    }

    @Test
    void disruptionBudgetsAndServicesSelectTheirDeployments() {
        for (JsonNode deployment : all("Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            String name = deployment.at("/metadata/name").asText();
            assertThat(all("PodDisruptionBudget"))
                    .as("a disruption budget for " + name)
                    .anyMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), labels)
                            && pdb.at("/spec/minAvailable").asInt() >= 1);
            JsonNode service = one("Service", name);
            assertThat(selects(service.at("/spec/selector"), labels)).as(name).isTrue();
        }
    }

    @Test
    void theIngressRoutesTheApiAndTheSpaButNeverTheManagementPort() {
        JsonNode ingress = all("Ingress").getFirst();
        Map<String, String> routes = new HashMap<>();
        for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
            String service = path.at("/backend/service/name").asText();
            one("Service", service);
            assertThat(path.at("/backend/service/port/name").asText()).isEqualTo("http");
            routes.put(path.get("path").asText(), service);
        }
        assertThat(routes)
                .containsEntry("/api", "werkbank-api")
                .containsEntry("/jobs", "werkbank-api")
                .containsEntry("/", "werkbank-spa");
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        List<Map.Entry<String, JsonNode>> wanted = new ArrayList<>();
        selector.fields().forEachRemaining(wanted::add);
        return !wanted.isEmpty()
                && wanted.stream()
                        .allMatch(e -> labels.has(e.getKey())
                                && labels.get(e.getKey())
                                        .asText()
                                        .equals(e.getValue().asText()));
    }
}
