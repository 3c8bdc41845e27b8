package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AssignmentFixtures.Anonymous;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A-2, S-4 (issue 15): a manage token stops working a fixed, configured time after the assignment closed. */
@QuarkusTest
class ManageTokenExpiryTest {

    @Inject
    WerkbankConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theTokenWorksUntilTheConfiguredTimeAfterClosingAndNotLonger() {
        Duration afterClose = config.submissions().manageAfterClose();
        Anonymous closed = AssignmentFixtures.closedAnonymously();
        Anonymous open = AssignmentFixtures.publishedAnonymously();

        TestClock.advance(afterClose.minusHours(1));
        managed(closed).statusCode(200);

        TestClock.advance(Duration.ofHours(2));
        managed(closed).statusCode(404);
        managed(open).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse managed(Anonymous posted) {
        return given().header("Werkbank-Manage-Token", posted.manageToken())
                .get("/api/v1/managed-assignments/" + posted.id())
                .then();
    }
}
