package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public list and page (A-4, F-3, §12): published only, no poster anywhere, ETag, JSON-LD, 410. */
@QuarkusTest
class PublicAssignmentsTest {

    private Actor admin;
    private String tag;

    @BeforeEach
    void setUp() {
        admin = Actors.admin();
        tag = "skill" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String publishAnonymously(Map<String, Object> assignment, Map<String, Object> poster) {
        return AssignmentFixtures.publishedAnonymously(assignment, poster).id();
    }

    private Map<String, Object> assignmentWith(String title, Map<String, Object> changes) {
        Map<String, Object> a = AssignmentFixtures.assignment(title);
        a.put("skills", List.of(tag));
        a.putAll(changes);
        return a;
    }

    @Test
    void thePostersIdentityNeverReachesThePublic() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> poster = Map.of(
                "name",
                "Canaryposter" + marker,
                "organisation",
                "Canaryorg" + marker,
                "email",
                "canary." + marker + "@example.nl",
                "phone",
                "+31 6 5555 " + marker.hashCode() % 10000);
        String id = publishAnonymously(assignmentWith("Canary opdracht", Map.of()), poster);

        List<String> seen = List.of(
                given().queryParam("skill", tag)
                        .get("/api/v1/assignments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                given().get("/api/v1/assignments/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                Actors.professional("Pro")
                        .spec()
                        .get("/api/v1/assignments/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        for (String body : seen) {
            assertThat(body).contains("Canary opdracht");
            for (Object value : poster.values()) {
                assertThat(body).doesNotContain(value.toString());
            }
            assertThat(body).doesNotContain("Canary" + "poster").doesNotContain(marker);
        }
    }

    @Test
    void thePageCarriesAJobPosting() {
        String id = publishAnonymously(
                assignmentWith("Senior developer", Map.of("remote", "REMOTE")),
                AssignmentFixtures.poster("Jan", AssignmentFixtures.uniqueEmail("jan")));
        given().get("/api/v1/assignments/" + id)
                .then()
                .statusCode(200)
                .body("jobPosting.'@type'", equalTo("JobPosting"))
                .body("jobPosting.title", equalTo("Senior developer"))
                .body("jobPosting.employmentType", equalTo("CONTRACTOR"))
                .body("jobPosting.jobLocationType", equalTo("TELECOMMUTE"))
                .body("jobPosting.hiringOrganization.name", equalTo("Confidential"))
                .body("jobPosting.baseSalary.currency", equalTo("EUR"))
                .body("jobPosting.baseSalary.value.minValue", equalTo(90.0f))
                .body("jobPosting.identifier.value", equalTo(id))
                .body("jobPosting", not(hasKey("jobLocation")));

        String onSite = publishAnonymously(
                assignmentWith("Op locatie", Map.of("remote", "ONSITE")),
                AssignmentFixtures.poster("Piet", AssignmentFixtures.uniqueEmail("piet")));
        given().get("/api/v1/assignments/" + onSite)
                .then()
                .body("jobPosting.jobLocation.address.postalCode", equalTo("3511"))
                .body("jobPosting.jobLocation.address.addressCountry", equalTo("NL"));
    }

    @Test
    void anOrganisationIsNamedOnlyWhenItChoseTo() {
        Actor client = Actors.client("Nina Named");
        Actors.organisation(client, "Genoemd BV", true);
        for (boolean named : List.of(true, false)) {
            String id = client.spec()
                    .contentType(ContentType.JSON)
                    .body(Map.of("assignment", assignmentWith("Named " + named, Map.of("nameOrganisation", named))))
                    .post("/api/v1/assignments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            client.spec()
                    .post("/api/v1/managed-assignments/" + id + "/submit")
                    .then()
                    .statusCode(200);
            admin.spec()
                    .post("/api/v1/managed-assignments/" + id + "/approve")
                    .then()
                    .statusCode(200);
            String body = given().get("/api/v1/assignments/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(body.contains("Genoemd BV")).isEqualTo(named);
        }
    }

    @Test
    void onlyPublishedAssignmentsAreListedAndClosedOnesAreGone() {
        String email = AssignmentFixtures.uniqueEmail("los");
        String published =
                publishAnonymously(assignmentWith("Gepubliceerd", Map.of()), AssignmentFixtures.poster("Los", email));
        assertThat(AssignmentFixtures.postAnonymously(
                        assignmentWith("Onbevestigd", Map.of()),
                        AssignmentFixtures.poster("Los", AssignmentFixtures.uniqueEmail("los"))))
                .isEqualTo(202);

        List<String> titles = given().queryParam("skill", tag)
                .get("/api/v1/assignments")
                .then()
                .extract()
                .jsonPath()
                .getList("items.title");
        assertThat(titles).containsExactly("Gepubliceerd");

        admin.spec()
                .post("/api/v1/managed-assignments/" + published + "/close")
                .then()
                .statusCode(200);
        given().get("/api/v1/assignments/" + published).then().statusCode(410).contentType("application/problem+json");
        given().get("/api/v1/assignments/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(given().queryParam("skill", tag)
                        .get("/api/v1/assignments")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
    }

    @Test
    void filtersAndETags() {
        publishAnonymously(
                assignmentWith("Remote Java", Map.of("remote", "REMOTE", "rateMaxCents", 15000)),
                AssignmentFixtures.poster("A", AssignmentFixtures.uniqueEmail("a")));
        publishAnonymously(
                assignmentWith("Hybride beleid", Map.of("region", "1012", "rateMinCents", 7000, "rateMaxCents", 8000)),
                AssignmentFixtures.poster("B", AssignmentFixtures.uniqueEmail("b")));

        assertThat(titles(Map.of("skill", tag, "remote", "REMOTE"))).containsExactly("Remote Java");
        assertThat(titles(Map.of("skill", tag, "region", "10"))).containsExactly("Hybride beleid");
        assertThat(titles(Map.of("skill", tag, "minRateCents", 10000))).containsExactly("Remote Java");
        assertThat(titles(Map.of("skill", tag, "q", "beleid"))).containsExactly("Hybride beleid");
        assertThat(titles(Map.of("skill", tag, "q", "%"))).isEmpty();

        String etag = given().queryParam("skill", tag)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).isNotBlank();
        given().queryParam("skill", tag)
                .header("If-None-Match", etag)
                .get("/api/v1/assignments")
                .then()
                .statusCode(304);
        publishAnonymously(
                assignmentWith("Nog een", Map.of()),
                AssignmentFixtures.poster("C", AssignmentFixtures.uniqueEmail("c")));
        given().queryParam("skill", tag)
                .header("If-None-Match", etag)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200);

        given().queryParam("startBefore", "morgen")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startBefore"));
        given().queryParam("region", "x")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().queryParam("remote", "MAYBE")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("remote"));
    }

    private List<String> titles(Map<String, ?> query) {
        return given().queryParams(query)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.title");
    }
}
