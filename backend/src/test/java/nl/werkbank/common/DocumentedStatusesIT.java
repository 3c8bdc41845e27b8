package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import nl.werkbank.testing.ObservedStatuses;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole test suite (failsafe, integration-test phase): every status the service
 * answered to the tests, per operation, must be documented for that operation in openapi.yaml,
 * so a generated client is never surprised by an answer the contract does not mention. The
 * observations come from {@link ObservedStatuses}, a response filter active in every
 * {@code @QuarkusTest}.
 */
class DocumentedStatusesIT {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyStatusTheServiceAnsweredIsDocumentedForItsOperation() throws IOException {
        assumeTrue(
                Files.exists(ObservedStatuses.FILE),
                "no observations in " + ObservedStatuses.FILE + ": the @QuarkusTest suite did not run");
        JsonNode paths = YAML.readTree(Files.readString(CONTRACT)).path("paths");
        List<String> observed = ObservedStatuses.read();
        TreeSet<String> undocumented = new TreeSet<>();
        for (String line : observed) {
            String[] parts = line.split(" ");
            JsonNode operation = paths.path(parts[1]).path(parts[0]);
            if (operation.isMissingNode()) {
                undocumented.add(line + " (operation missing from the contract)");
            } else if (!documents(operation.path("responses"), parts[2])) {
                undocumented.add(line);
            }
        }
        assertThat(observed).as("observations").isNotEmpty();
        assertThat(undocumented)
                .as("statuses the service answered that openapi.yaml does not document for the operation")
                .isEmpty();
    }

    private static boolean documents(JsonNode responses, String status) {
        return responses.has(status) || responses.has(status.charAt(0) + "XX") || responses.has("default");
    }
}
