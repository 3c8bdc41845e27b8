package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AssignmentFixtures.Anonymous;
import nl.werkbank.testing.AtOnce;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * S-4 (issue 15): a management link is no mailer. Procedure updates (the poster's words to every
 * respondent) and status changes (a mail each) are limited per assignment and day, also when the
 * requests come at once.
 */
@QuarkusTest
class AssignmentActionQuotaTest {

    @Inject
    WerkbankConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void procedureUpdatesAtOnceStopAtTheDaysLimitAndResumeTheNextDay() throws Exception {
        Anonymous posted = AssignmentFixtures.publishedAnonymously();
        int limit = config.submissions().procedureUpdatesPerDay();

        List<Integer> statuses =
                AtOnce.times(limit + 15, () -> reportProgress(posted).extract().statusCode());

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(limit);
        assertThat(Collections.frequency(statuses, 429)).isEqualTo(15);
        reportProgress(posted)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());

        TestClock.advance(Duration.ofDays(1));
        reportProgress(posted).statusCode(200);
    }

    @Test
    void statusChangesStopAtTheDaysLimit() throws Exception {
        Anonymous posted = AssignmentFixtures.publishedAnonymously();
        String token = ResponseFixtures.respondAsVisitor(posted.id());
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);
        String responseId = posted.spec()
                .get("/api/v1/managed-assignments/" + posted.id() + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        int limit = config.submissions().statusChangesPerDay();

        List<Integer> statuses = AtOnce.times(
                limit + 5,
                () -> posted.spec()
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "IN_REVIEW"))
                        .post("/api/v1/managed-assignments/" + posted.id() + "/responses/" + responseId + "/status")
                        .then()
                        .extract()
                        .statusCode());

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(limit);
        assertThat(Collections.frequency(statuses, 429)).isEqualTo(5);
        Mailbox.sendAll();
    }

    private static io.restassured.response.ValidatableResponse reportProgress(Anonymous posted) {
        return posted.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SELECTING", "message", "We selecteren."))
                .post("/api/v1/managed-assignments/" + posted.id() + "/procedure-updates")
                .then();
    }
}
