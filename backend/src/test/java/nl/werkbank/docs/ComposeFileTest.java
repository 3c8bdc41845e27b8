package nl.werkbank.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.testing.StackEnv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run on the project's machines (no container engine), so it is
 * checked statically (issue 15, S-7): every published port reaches a port its container listens
 * on (read from the file that decides it: the container's command, nginx.conf, stack.env), every
 * variable a service reads is set by its env_file or environment, the images are the versions
 * config/stack.env names, and every mounted file exists.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\$\\{?([A-Z][A-Z0-9_]*)");
    private static final Pattern PROPERTY_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:)?");

    private static JsonNode services;
    private static Map<String, String> stackEnv;

    @BeforeAll
    static void read() throws IOException {
        services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        stackEnv = StackEnv.read(ROOT.resolve("config/stack.env"));
    }

    /** What a service's process sees: its env_file (config/stack.env), overridden by environment. */
    private static Map<String, String> environmentOf(String service) throws IOException {
        JsonNode definition = services.get(service);
        Map<String, String> environment = new TreeMap<>();
        if (definition.has("env_file")) {
            environment.putAll(
                    StackEnv.read(ROOT.resolve(definition.get("env_file").asText())));
        }
        definition
                .path("environment")
                .properties()
                .forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        return environment;
    }

    /** The ports each container listens on, from the configuration that decides them. */
    private static Map<String, Set<Integer>> listeningPorts() throws IOException {
        Map<String, Set<Integer>> ports = new TreeMap<>();
        // the postgres image's server listens on its default port; the entrypoint passes no -p
        assertThat(services.at("/postgres/entrypoint").toString()).doesNotContain("-p ");
        ports.put("postgres", Set.of(5432));
        ports.put("keycloak", Set.of(flag(services.at("/keycloak/command"), "--http-port=")));
        String greenmail = services.at("/greenmail/environment/GREENMAIL_OPTS").asText();
        // -Dgreenmail.setup.test.smtp / .imap are GreenMail's test ports 3025 and 3143
        assertThat(greenmail).contains("-Dgreenmail.setup.test.smtp", "-Dgreenmail.setup.test.imap");
        Matcher api = Pattern.compile("-Dgreenmail\\.api\\.port=(\\d+)").matcher(greenmail);
        assertThat(api.find()).as("GreenMail's API port").isTrue();
        ports.put("greenmail", Set.of(3025, 3143, Integer.parseInt(api.group(1))));
        // scripts/backend-env.sh maps WERKBANK_API_PORT onto quarkus.http.port
        assertThat(Files.readString(ROOT.resolve("scripts/backend-env.sh")))
                .contains("export QUARKUS_HTTP_PORT=\"$WERKBANK_API_PORT\"");
        ports.put("backend", Set.of(Integer.parseInt(environmentOf("backend").get("WERKBANK_API_PORT"))));
        ports.put("frontend", nginxListenPorts());
        return ports;
    }

    private static int flag(JsonNode command, String prefix) {
        for (JsonNode argument : command) {
            if (argument.asText().startsWith(prefix)) {
                return Integer.parseInt(argument.asText().substring(prefix.length()));
            }
        }
        throw new AssertionError("no " + prefix + " in " + command);
    }

    static Set<Integer> nginxListenPorts() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("frontend/Dockerfile"));
        assertThat(dockerfile)
                .as("the SPA image serves frontend/nginx.conf")
                .contains("COPY nginx.conf /etc/nginx/conf.d/default.conf");
        Set<Integer> ports = new TreeSet<>();
        Matcher listen = Pattern.compile("(?m)^\\s*listen\\s+(?:\\[::]:)?(\\d+)")
                .matcher(Files.readString(ROOT.resolve("frontend/nginx.conf")));
        while (listen.find()) {
            ports.add(Integer.parseInt(listen.group(1)));
        }
        return ports;
    }

    @Test
    void everyPublishedPortReachesAPortItsContainerListensOn() throws IOException {
        Map<String, Set<Integer>> listening = listeningPorts();
        List<String> wrong = new java.util.ArrayList<>();
        services.properties().forEach(service -> {
            for (JsonNode mapping : service.getValue().path("ports")) {
                int container = Integer.parseInt(
                        mapping.asText().substring(mapping.asText().lastIndexOf(':') + 1));
                Set<Integer> ports = listening.get(service.getKey());
                assertThat(ports).as("ports of " + service.getKey()).isNotNull();
                if (!ports.contains(container)) {
                    wrong.add(service.getKey() + " publishes " + mapping.asText() + " but listens on " + ports);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePublishedHostPortsAreTheOnesStackEnvNames() {
        assertThat(hostPorts("postgres")).containsExactly(stackEnv.get("WERKBANK_DB_PORT"));
        assertThat(hostPorts("keycloak")).containsExactly(stackEnv.get("KEYCLOAK_PORT"));
        assertThat(hostPorts("greenmail"))
                .containsExactlyInAnyOrder(
                        stackEnv.get("GREENMAIL_SMTP_PORT"),
                        stackEnv.get("GREENMAIL_IMAP_PORT"),
                        stackEnv.get("GREENMAIL_API_PORT"));
        assertThat(hostPorts("backend")).containsExactly(stackEnv.get("WERKBANK_API_PORT"));
        assertThat(hostPorts("frontend")).containsExactly(stackEnv.get("WERKBANK_SPA_PORT"));
    }

    private static List<String> hostPorts(String service) {
        List<String> hosts = new java.util.ArrayList<>();
        services.get(service).get("ports").forEach(m -> hosts.add(m.asText().split(":")[0]));
        return hosts;
    }

    @Test
    void imagesAreTheVersionsStackEnvNames() {
        assertThat(services.at("/keycloak/image").asText())
                .isEqualTo("quay.io/keycloak/keycloak:" + stackEnv.get("KEYCLOAK_VERSION"));
        assertThat(services.at("/greenmail/image").asText())
                .isEqualTo("greenmail/standalone:" + stackEnv.get("GREENMAIL_VERSION"));
        services.properties().forEach(service -> {
            if (service.getValue().has("image")) {
                assertThat(service.getValue().get("image").asText())
                        .as(service.getKey() + " has a fixed version")
                        .matches(".+:[0-9][^:]*");
            }
        });
    }

    @Test
    void everyVariableTheShellSnippetsReadIsSet() throws IOException {
        List<String> missing = new java.util.ArrayList<>();
        for (var service : services.properties()) {
            Set<String> set = environmentOf(service.getKey()).keySet();
            Matcher read = SHELL_VARIABLE.matcher(service.getValue().toString());
            while (read.find()) {
                if (!set.contains(read.group(1))) {
                    missing.add(service.getKey() + " reads " + read.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The backend runs the prod profile: every variable application.properties reads there without
     * a default must come from stack.env or the service's environment, or it would not start.
     */
    @Test
    void theBackendGetsEveryVariableItsProductionProfileRequires() throws IOException {
        Set<String> set = environmentOf("backend").keySet();
        Set<String> required = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("backend/src/main/resources/application.properties"))) {
            if (line.startsWith("#") || !line.contains("=") || (line.startsWith("%") && !line.startsWith("%prod."))) {
                continue;
            }
            Matcher variable = PROPERTY_VARIABLE.matcher(line.substring(line.indexOf('=') + 1));
            while (variable.find()) {
                if (variable.group(2) == null) {
                    required.add(variable.group(1));
                }
            }
        }
        assertThat(required).isNotEmpty();
        assertThat(set).containsAll(required);
    }

    @Test
    void theSpaIsBuiltWithArgumentsItsDockerfileDeclares() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("frontend/Dockerfile"));
        services.at("/frontend/build/args")
                .fieldNames()
                .forEachRemaining(arg -> assertThat(dockerfile).contains("ARG " + arg + "="));
    }

    @Test
    void everyMountedFileExists() {
        services.properties().forEach(service -> {
            for (JsonNode volume : service.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(ROOT.resolve(source))
                            .as(service.getKey() + " mounts")
                            .exists();
                }
            }
        });
    }
}
