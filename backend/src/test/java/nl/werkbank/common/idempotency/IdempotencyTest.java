package nl.werkbank.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.PublishingClient;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mobile retries (ARCHITECTURE, API conventions): Idempotency-Key on posting and responding. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyMaintenance maintenance;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Response post(Actor client, String key, Map<String, Object> assignment) {
        var request = client.spec().contentType(ContentType.JSON).body(Map.of("assignment", assignment));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/assignments");
    }

    private long assignmentsOf(String organisationId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM assignment WHERE organisation_id = :o")
                                .setParameter("o", UUID.fromString(organisationId))
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothing() {
        PublishingClient org = new PublishingClient("Idem " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> assignment = AssignmentFixtures.assignment("Eén keer");

        Response first = post(org.client(), key, assignment);
        first.then().statusCode(201);
        Response retry = post(org.client(), key, assignment);
        retry.then().statusCode(201).contentType(ContentType.JSON).header(IdempotencyFilter.REPLAYED_HEADER, "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(first.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(1);

        post(org.client(), null, assignment).then().statusCode(201);
        assertThat(assignmentsOf(org.organisationId()))
                .as("no key: no protection")
                .isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        PublishingClient org = new PublishingClient("Idem " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        post(org.client(), key, AssignmentFixtures.assignment("Eerste")).then().statusCode(201);
        post(org.client(), key, AssignmentFixtures.assignment("Andere"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werkbank:problem:idempotency-key-reused"));
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(1);
    }

    /**
     * Both requests race for the key; one claims it and creates the draft, the other finds the key
     * claimed: 409 with Retry-After while the first still runs, or the first answer once it has.
     */
    @Test
    void concurrentRequestsWithOneKeyCreateOneObject() throws Exception {
        PublishingClient org = new PublishingClient("Race " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> assignment = AssignmentFixtures.assignment("Tegelijk");
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return post(org.client(), key, assignment);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 201) {
                    created.add(response.path("id"));
                } else {
                    assertThat(response.statusCode()).isEqualTo(409);
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(statuses).contains(201);
            assertThat(created).as("every 201 names the one draft").containsOnly(created.get(0));
        } finally {
            threads.shutdown();
        }
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(1);
        post(org.client(), key, assignment).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, "true");
    }

    @Test
    void keysBelongToTheirCaller() {
        PublishingClient one = new PublishingClient("Een " + UUID.randomUUID(), true);
        PublishingClient other = new PublishingClient("Ander " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> assignment = AssignmentFixtures.assignment("Zelfde sleutel");
        post(one.client(), key, assignment).then().statusCode(201);
        Response theirs = post(other.client(), key, assignment);
        theirs.then().statusCode(201);
        assertThat(theirs.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(assignmentsOf(other.organisationId())).isEqualTo(1);
    }

    @Test
    void aFailedAttemptLeavesTheKeyFreeForTheRetry() {
        PublishingClient org = new PublishingClient("Fout " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = AssignmentFixtures.assignment("Ongeldig");
        invalid.put("validThrough", "2000-01-01");
        post(org.client(), key, invalid).then().statusCode(400);
        post(org.client(), key, invalid).then().statusCode(400);
        post(org.client(), key, AssignmentFixtures.assignment("Verbeterd"))
                .then()
                .statusCode(201);
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(1);
    }

    @Test
    void aKeyMustBePrintableAsciiOfAtMost255Characters() {
        PublishingClient org = new PublishingClient("Sleutel " + UUID.randomUUID(), true);
        post(org.client(), "a".repeat(256), AssignmentFixtures.assignment("Te lang"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(org.client(), "met spatie", AssignmentFixtures.assignment("Spatie"))
                .then()
                .statusCode(400);
        assertThat(assignmentsOf(org.organisationId())).isZero();
    }

    @Test
    void aRetriedResponseIsSentOnceEvenWithANewMultipartBoundary() {
        PublishingClient org = new PublishingClient("Reactie " + UUID.randomUUID(), true);
        Map<String, Object> assignment = AssignmentFixtures.assignment("Reageer één keer");
        assignment.put("questions", List.of());
        String id = org.publishNew(assignment);
        String key = UUID.randomUUID().toString();
        String body = "{\"motivation\":\"Graag\",\"answers\":[],\"thisAssignmentOnly\":false,"
                + "\"useProfileCv\":false,\"respondent\":{\"name\":\"Mo Biel\",\"email\":\"mo."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.nl\"}}";
        List<Response> answers = new ArrayList<>();
        for (String boundary : List.of("first-boundary-1234", "second-boundary-5678")) {
            answers.add(given().header("Idempotency-Key", key)
                    .contentType("multipart/form-data; boundary=" + boundary)
                    .multiPart("response", "response.json", body, "application/json")
                    .post("/api/v1/assignments/" + id + "/responses"));
        }
        answers.get(0).then().statusCode(202);
        answers.get(1).then().statusCode(202).header(IdempotencyFilter.REPLAYED_HEADER, "true");
        given().header("Idempotency-Key", key)
                .multiPart("response", "response.json", body.replace("Graag", "Toch anders"), "application/json")
                .post("/api/v1/assignments/" + id + "/responses")
                .then()
                .statusCode(422);
        long responses = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM response WHERE assignment_id = :a")
                                .setParameter("a", UUID.fromString(id))
                                .getSingleResult())
                        .longValue());
        assertThat(responses).isEqualTo(1);
    }

    @Test
    void keysAreForgottenAfterADayByTheMaintenanceSweep() {
        PublishingClient org = new PublishingClient("Vergeten " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        Map<String, Object> assignment = AssignmentFixtures.assignment("Morgen opnieuw");
        post(org.client(), key, assignment).then().statusCode(201);

        TestClock.advance(Duration.ofHours(23));
        assertThat(maintenance.run()).isTrue();
        post(org.client(), key, assignment).then().header(IdempotencyFilter.REPLAYED_HEADER, "true");

        TestClock.advance(Duration.ofHours(2));
        assertThat(maintenance.run()).isTrue();
        Response later = post(org.client(), key, assignment);
        later.then().statusCode(201);
        assertThat(later.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(2);
    }

    /**
     * S-7 (issue 15): a process killed between claiming a key and answering leaves the claim
     * behind (the claim commits on its own). The retry waits while the claim could still belong
     * to a running request, and runs once it is older than the lease; without the takeover the key
     * would answer 409 until the maintenance sweep forgets it a day later. The packaged jar's fault
     * test (scripts/lib/faults.sh) kills real processes mid-request; this is the state they leave.
     */
    @Test
    void aClaimLeftByAKilledProcessIsTakenOverOnceItsLeaseHasPassed() throws Exception {
        PublishingClient org = new PublishingClient("Crash " + UUID.randomUUID(), true);
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("assignment", AssignmentFixtures.assignment("Na een crash")));
        String scope =
                keys.scopeOf("POST /api/v1/assignments sub:" + org.client().oidcSubject());
        String hash = IdempotencyFilter.requestHash(
                jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));
        assertThat(keys.claim(scope, key, hash)).isInstanceOf(IdempotencyKeys.Owned.class);

        Response meanwhile = org.client()
                .spec()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/assignments");
        meanwhile.then().statusCode(409).header("Retry-After", "1");
        assertThat(assignmentsOf(org.organisationId())).isZero();

        TestClock.advance(Duration.ofMinutes(3));
        Response retry = org.client()
                .spec()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/assignments");
        retry.then().statusCode(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(assignmentsOf(org.organisationId())).isEqualTo(1);
        org.client()
                .spec()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, "true");
    }
}
