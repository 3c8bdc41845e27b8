package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.notification.OutboxSender;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A-3, T-1, S-8: closing at validThrough once across instances; unverified submissions go by retention. */
@QuarkusTest
class AssignmentMaintenanceTest {

    @Inject
    AssignmentMaintenance maintenance;

    @Inject
    ClusterLock lock;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxSender outbox;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void publishedAssignmentsCloseAfterTheirLastDay() {
        Actor client = Actors.client("Clara");
        Actors.organisation(client, "Clara BV", true);
        Map<String, Object> assignment = AssignmentFixtures.assignment("Kort");
        assignment.put(
                "validThrough",
                java.time.LocalDate.now(AssignmentService.NETHERLANDS)
                        .plusDays(1)
                        .toString());
        String id = client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", assignment))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/submit")
                .then()
                .statusCode(200);
        Actors.admin()
                .spec()
                .post("/api/v1/managed-assignments/" + id + "/approve")
                .then()
                .statusCode(200);

        maintenance.run();
        given().get("/api/v1/assignments/" + id).then().statusCode(200);

        TestClock.advance(Duration.ofDays(3));
        assertThat(maintenance.run()).isTrue();
        given().get("/api/v1/assignments/" + id).then().statusCode(410);
    }

    @Test
    void unverifiedSubmissionsAreGoneAfterSevenDaysWithEveryTraceOfThePoster() {
        String email = AssignmentFixtures.uniqueEmail("nooit");
        String title = "Nooit bevestigd " + email;
        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment(title), AssignmentFixtures.poster("Nooit", email)))
                .isEqualTo(202);
        assertThat(count("SELECT count(*) FROM assignment_poster WHERE email = '" + email + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_message WHERE recipient = '" + email + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM assignment WHERE title = '" + title + "'"))
                .isEqualTo(1);

        TestClock.advance(Duration.ofDays(6));
        Retention.run();
        assertThat(count("SELECT count(*) FROM assignment_poster WHERE email = '" + email + "'"))
                .isEqualTo(1);

        TestClock.advance(Duration.ofDays(2));
        Retention.run();
        assertThat(count("SELECT count(*) FROM assignment_poster WHERE email = '" + email + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM outbox_message WHERE recipient = '" + email + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM assignment WHERE title = '" + title + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM subject s WHERE s.kind = 'EMAIL_IDENTITY' AND NOT EXISTS"
                        + " (SELECT 1 FROM assignment_poster p WHERE p.subject_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.subject_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.poster_subject_id = s.id)"))
                .isZero();
    }

    @Test
    void onlyOneInstanceDoesTheWork() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    assertThat(lock.tryLock("assignment-maintenance")).isTrue();
                    locked.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(maintenance.run()).isFalse();
        } finally {
            release.countDown();
            otherInstance.get(10, TimeUnit.SECONDS);
        }
        assertThat(maintenance.run()).isTrue();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
