package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract mobile apps, job boards and the SPA build on is openapi.yaml at the repository
 * root; it must be exactly what the service publishes. Regenerate it with {@code make openapi}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    /** Key order differs between the build-time and the runtime document; the content may not. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractIsWhatTheServicePublishes() throws IOException {
        String published = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(Files.exists(CONTRACT))
                .as("openapi.yaml at the repository root")
                .isTrue();
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT));
        assertThat(committed)
                .as("openapi.yaml differs from what the service publishes: run `make openapi`")
                .isEqualTo(YAML.readTree(published));
    }

    @Test
    void everyOperationDocumentsItsSuccessAndEveryErrorAsProblemJson() throws IOException {
        List<String> withoutSuccess = new ArrayList<>();
        List<String> errorsNotProblem = new ArrayList<>();
        List<String> successWithoutSchema = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.path("responses");
            if (responses.propertyStream().noneMatch(r -> r.getKey().matches("[23]..|[23]XX"))) {
                withoutSuccess.add(name);
            }
            responses.propertyStream().forEach(response -> {
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (status.matches("[45]..") && !content.has("application/problem+json")) {
                    errorsNotProblem.add(name + " " + status);
                }
                if (status.matches("2..") && !"204".equals(status)) {
                    boolean typed = content.propertyStream()
                            .anyMatch(media -> !"application/octet-stream".equals(media.getKey())
                                    && media.getValue().has("schema"));
                    if (!typed) {
                        successWithoutSchema.add(name + " " + status);
                    }
                }
            });
        });
        assertThat(withoutSuccess).as("operations without a 2xx/3xx response").isEmpty();
        assertThat(errorsNotProblem)
                .as("4xx/5xx answers that are not problem+json")
                .isEmpty();
        assertThat(successWithoutSchema)
                .as("success answers without a schema or only as octet-stream")
                .isEmpty();
    }

    @Test
    void everyPatternInTheContractIsAnchored() throws IOException {
        List<String> unanchored = new ArrayList<>();
        collectPatterns(YAML.readTree(Files.readString(CONTRACT)), unanchored);
        assertThat(unanchored)
                .as("patterns without ^…$: a generated validator would accept what the service refuses")
                .isEmpty();
    }

    private static void collectPatterns(JsonNode node, List<String> unanchored) {
        node.propertyStream().forEach(field -> {
            String text = field.getValue().asText();
            if ("pattern".equals(field.getKey())
                    && field.getValue().isTextual()
                    && !(text.startsWith("^") && text.endsWith("$"))) {
                unanchored.add(text);
            }
        });
        node.forEach(child -> collectPatterns(child, unanchored));
    }

    private static Map<String, JsonNode> operations() throws IOException {
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        YAML.readTree(Files.readString(CONTRACT))
                .path("paths")
                .propertyStream()
                .forEach(path -> path.getValue()
                        .propertyStream()
                        .filter(op -> methods.contains(op.getKey()))
                        .forEach(op -> operations.put(op.getKey() + " " + path.getKey(), op.getValue())));
        return operations;
    }
}
