package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import nl.werkbank.common.problem.DatabaseUnavailable;
import org.junit.jupiter.api.Test;

/**
 * S-7 (issue 15): a request whose database cannot be reached gets 503 problem+json with
 * Retry-After within the pool's acquisition timeout, not a 500 after a long hang. Here the public
 * search's datasource (the read replica) points at a port where nothing listens, so the real
 * pool and driver fail as they do while PostgreSQL is down; the primary stays up, so readiness
 * (which leaves the replica out) stays UP. Stopping the primary itself, under load, is the packaged
 * jar's fault test (scripts/lib/faults.sh, make test-faults).
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.ReplicaUnreachable.class)
class DatabaseDownTest {

    public static class ReplicaUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.replica.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/werkbank");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aRequestThatCannotReachItsDatabaseGets503WithRetryAfterQuickly() {
        long started = System.nanoTime();
        Response answer = given().header("Accept-Language", "nl").get("/api/v1/assignments");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body("type", equalTo("urn:werkbank:problem:unavailable"))
                .body("title", equalTo("Tijdelijk niet beschikbaar"))
                .body("status", equalTo(503));
        assertThat(answer.asString()).doesNotContain("127.0.0.1").doesNotContain("PSQLException");
        assertThat(tookMs)
                .as("fails fast: within the acquisition timeout (3 s) and some")
                .isLessThan(6_000);
    }

    @Test
    void readinessStaysUpWhileOnlyTheReplicaIsUnreachable() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
