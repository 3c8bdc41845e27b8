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
}
