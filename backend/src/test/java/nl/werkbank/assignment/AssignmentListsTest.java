package nl.werkbank.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.Test;

/** Issue 8: the organisation's list and the review queue page by cursor; polled reads answer 304. */
@QuarkusTest
class AssignmentListsTest {

    @Test
    void theOrganisationsAssignmentsPageNewestFirstWithoutGapsOrRepeats() {
        Actor client = Actors.client("Lijstklant");
        Actors.organisation(client, "Lijstorganisatie", true);
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posted.add(draft(client, "Lijstopdracht " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = client.spec().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/managed-assignments")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(posted.reversed());
    }

    @Test
    void theReviewQueuePagesAndTheManagedViewAnswersNotModified() {
        Actor client = Actors.client("Wachtrijklant");
        Actors.organisation(client, "Wachtrijorganisatie", true);
        String id = draft(client, "Wachtrij");
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/submit")
                .then()
                .statusCode(200);
        Actor admin = Actors.admin();
        admin.spec()
                .queryParam("limit", 1)
                .get("/api/v1/review-queue")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));

        String etag = client.spec()
                .get("/api/v1/managed-assignments/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        client.spec()
                .header("If-None-Match", etag)
                .get("/api/v1/managed-assignments/" + id)
                .then()
                .statusCode(304);
        String queueTag =
                admin.spec().get("/api/v1/review-queue").then().extract().header("ETag");
        admin.spec()
                .header("If-None-Match", queueTag)
                .get("/api/v1/review-queue")
                .then()
                .statusCode(304);
        admin.spec()
                .post("/api/v1/managed-assignments/" + id + "/approve")
                .then()
                .statusCode(200);
        client.spec()
                .header("If-None-Match", etag)
                .get("/api/v1/managed-assignments/" + id)
                .then()
                .statusCode(200);
    }

    private static String draft(Actor client, String title) {
        return client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment(title)))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
