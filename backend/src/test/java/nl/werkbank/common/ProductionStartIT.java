package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.werkbank.testing.StackEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in its prod profile (failsafe, after {@code package}), against a real
 * PostgreSQL (issue 15, S-5, S-7): with the development values of config/stack.env behind a public
 * address it exits non-zero, naming the settings and never their values; with production values it
 * starts, serves health, metrics and OpenAPI only on the management port, sends HSTS and logs JSON
 * lines.
 */
class ProductionStartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String KEY = "Zk3q9vXw1mR8tB2nL5yH7cJ4dF6gA0sP";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws IOException {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A deployment at a public address; the database accepts any password (trust). */
    private static Map<String, String> production(int apiPort, int managementPort) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(apiPort));
        env.put("WERKBANK_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "a-real-database-password");
        env.put("WERKBANK_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/werkbank");
        env.put("WERKBANK_OIDC_ISSUER", "https://login.werkbank.example.nl/realms/werkbank");
        env.put("WERKBANK_IDP_URL", "http://127.0.0.1:9");
        env.put("WERKBANK_API_URL", "https://werkbank.example.nl");
        env.put("WERKBANK_SPA_URL", "https://werkbank.example.nl");
        env.put("WERKBANK_HASH_KEY", KEY);
        env.put("WERKBANK_SUPPRESSION_KEY", KEY + "s");
        env.put("WERKBANK_LEDGER_KEY", KEY + "l");
        env.put("WERKBANK_IDP_CLIENT_SECRET", "a-secret-keycloak-generated");
        env.put("WERKBANK_PRIVACY_CONTACT", "privacy@werkbank.example.nl");
        env.put("WERKBANK_ADMIN_ALERT_ADDRESS", "beheer@werkbank.example.nl");
        env.put("QUARKUS_MAILER_FROM", "Werkbank <no-reply@werkbank.example.nl>");
        env.put("WERKBANK_MAIL_MESSAGE_ID_DOMAIN", "werkbank.example.nl");
        env.put("WERKBANK_DKIM_PRIVATE_KEY", dkimPrivateKey());
        env.put("WERKBANK_DKIM_DOMAIN", "werkbank.example.nl");
        env.put("QUARKUS_SCHEDULER_ENABLED", "false");
        return env;
    }

    /** A DKIM key of this run: PKCS#8, DER, base64 on one line, as the Secret holds it. */
    private static String dkimPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder()
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Process start(Map<String, String> env, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // only what the test sets: nothing from the shell that runs Maven (config/stack.env)
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void developmentValuesAtAPublicAddressStopTheStart() throws Exception {
        Map<String, String> stackEnv = StackEnv.read();
        Map<String, String> env = production(freePort(), freePort());
        for (String variable : List.of(
                "WERKBANK_HASH_KEY",
                "WERKBANK_SUPPRESSION_KEY",
                "WERKBANK_LEDGER_KEY",
                "WERKBANK_IDP_CLIENT_SECRET",
                "WERKBANK_PRIVACY_CONTACT")) {
            env.put(variable, stackEnv.get(variable));
        }
        env.put("QUARKUS_DATASOURCE_PASSWORD", stackEnv.get("WERKBANK_DB_PASSWORD"));
        Path output = Files.createTempFile("werkbank-prod-dev-values", ".log");
        Process process = start(env, output);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the process ends by itself")
                .isTrue();
        String log = Files.readString(output);
        assertThat(process.exitValue()).as("exit status; log:\n" + log).isNotZero();
        assertThat(log)
                .contains("does not start with development settings")
                .contains("quarkus.datasource.password (WERKBANK_DB_PASSWORD)")
                .contains("werkbank.hash-key (WERKBANK_HASH_KEY)")
                .contains("werkbank.erasure.suppression-key (WERKBANK_SUPPRESSION_KEY)")
                .contains("werkbank.erasure.ledger-key (WERKBANK_LEDGER_KEY)")
                .contains("werkbank.identity-provider.client-secret (WERKBANK_IDP_CLIENT_SECRET)")
                .contains("werkbank.privacy-contact (WERKBANK_PRIVACY_CONTACT)");
        for (String variable : List.of(
                "WERKBANK_DB_PASSWORD",
                "WERKBANK_HASH_KEY",
                "WERKBANK_SUPPRESSION_KEY",
                "WERKBANK_LEDGER_KEY",
                "WERKBANK_IDP_CLIENT_SECRET")) {
            assertThat(log).as(variable + "'s value is not printed").doesNotContain(stackEnv.get(variable));
        }
        Files.delete(output);
    }

    @Test
    void productionValuesStartWithOperationsOnTheManagementPortOnly() throws Exception {
        int api = freePort();
        int management = freePort();
        Path output = Files.createTempFile("werkbank-prod", ".log");
        Process process = start(production(api, management), output);
        try {
            awaitReady(process, management, output);
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                assertThat(get(api, path).statusCode())
                        .as("public port " + path)
                        .isEqualTo(404);
            }
            assertThat(get(management, "/q/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(management, "/q/metrics").body()).contains("jvm_");
            assertThat(get(management, "/q/openapi").body()).contains("Werkbank API");

            HttpResponse<String> answer = get(api, "/api/v1/assignments");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .hasValue("max-age=31536000; includeSubDomains");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(output).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.has("message") && record.has("level") && record.has("timestamp"))
                    .as("a JSON log record: " + line)
                    .isTrue();
        }
        Files.delete(output);
    }

    private static void awaitReady(Process process, int management, Path output) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("still running; log:\n" + Files.readString(output))
                    .isTrue();
            try {
                if (get(management, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s; log:\n" + Files.readString(output));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
