package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.FeedBoard;
import nl.werkbank.testing.PublishingClient;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read scaling (S-8, issue 14): the feed and the public search read from the {@code replica}
 * datasource. Both datasources point at the one test database, the replica under its own role
 * whose {@code search_path} puts a schema of views first. The views leave out the assignments
 * listed in {@code lagging_replica.not_yet_replicated}: a replica that has not yet received
 * them. What the feed and the search return shows which datasource they read.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.ReplicaUnderItsOwnRole.class)
class ReadReplicaTest {

    private static final String ROLE = "werkbank_replica_probe";

    /**
     * The replica datasource logs in as the probe role; server and database stay the primary's.
     * The test database's URL names its user, and the driver takes the last {@code user} of a URL.
     */
    public static class ReplicaUnderItsOwnRole implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.replica.jdbc.url",
                    "${quarkus.datasource.jdbc.url}&user=" + ROLE + "&password=probe",
                    "quarkus.datasource.replica.username",
                    ROLE,
                    "quarkus.datasource.replica.password",
                    "probe");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ReadReplica replica;

    @BeforeEach
    void laggingReplicaRole() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : new String[] {
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN" + " CREATE ROLE "
                        + ROLE + " LOGIN PASSWORD 'probe'; END IF; END $$",
                "CREATE SCHEMA IF NOT EXISTS lagging_replica",
                "CREATE TABLE IF NOT EXISTS lagging_replica.not_yet_replicated (assignment_id uuid PRIMARY KEY)",
                "CREATE OR REPLACE VIEW lagging_replica.assignment AS SELECT * FROM public.assignment"
                        + " WHERE id NOT IN (SELECT assignment_id FROM lagging_replica.not_yet_replicated)",
                "CREATE OR REPLACE VIEW lagging_replica.feed_entry AS SELECT * FROM public.feed_entry"
                        + " WHERE assignment_id NOT IN (SELECT assignment_id FROM lagging_replica.not_yet_replicated)",
                "GRANT USAGE ON SCHEMA lagging_replica TO " + ROLE,
                "GRANT SELECT ON ALL TABLES IN SCHEMA lagging_replica TO " + ROLE,
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + ROLE,
                "ALTER ROLE " + ROLE + " SET search_path = lagging_replica, public"
            }) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
        });
    }

    private void notYetReplicated(String assignmentId) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("INSERT INTO lagging_replica.not_yet_replicated VALUES (:id)")
                        .setParameter("id", UUID.fromString(assignmentId))
                        .executeUpdate());
    }

    private void replicationCaughtUp() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("DELETE FROM lagging_replica.not_yet_replicated")
                        .executeUpdate());
    }

    private static JsonPath search(String text) {
        return given().queryParam("q", text)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theFeedAndTheSearchShowWhatTheReplicaHolds() {
        String word = "Replicaproef" + UUID.randomUUID().toString().substring(0, 8);
        PublishingClient publisher = new PublishingClient("Replica BV", true);
        String replicated = publisher.publishNew(AssignmentFixtures.assignment(word + " eerste opdracht"));
        String lagging = publisher.publishNew(AssignmentFixtures.assignment(word + " tweede opdracht"));
        notYetReplicated(lagging);

        JsonPath found = search(word);
        assertThat(found.getList("items.id", String.class))
                .as("the search reads the replica")
                .containsExactly(replicated);
        assertThat(found.getLong("total")).isEqualTo(1);

        FeedBoard board = new FeedBoard(Tokens.service("board-" + UUID.randomUUID(), Role.FEED_READER));
        board.catchUp(50);
        assertThat(board.replica()).as("the feed reads the replica").containsKey(replicated);
        assertThat(board.replica()).doesNotContainKey(lagging);

        // An assignment's own page reads the primary.
        given().get("/api/v1/assignments/" + lagging).then().statusCode(200);

        replicationCaughtUp();
        assertThat(search(word).getList("items.id", String.class)).containsExactlyInAnyOrder(replicated, lagging);
        board.catchUp(50);
        assertThat(board.replica()).containsKeys(replicated, lagging);
    }

    @Test
    void theReplicaTransactionIsReadOnly() {
        assertThatThrownBy(() -> replica.read(reads ->
                        reads.createNativeQuery("DELETE FROM feed_pull").executeUpdate()))
                .as("Hibernate: the session takes part in no transaction it could write in")
                .hasStackTraceContaining("No active transaction");
        assertThatThrownBy(() -> replica.read(reads -> reads.createNativeQuery(
                                "WITH gone AS (DELETE FROM feed_pull RETURNING 1) SELECT count(*) FROM gone")
                        .getSingleResult()))
                .as("PostgreSQL: a write hidden in a query is refused by the read-only transaction")
                .hasStackTraceContaining("read-only transaction");
    }

    @Test
    void theReplicaIsReadUnderItsOwnRole() {
        String role = replica.read(
                reads -> (String) reads.createNativeQuery("SELECT current_user").getSingleResult());
        assertThat(role).isEqualTo(ROLE);
    }
}
