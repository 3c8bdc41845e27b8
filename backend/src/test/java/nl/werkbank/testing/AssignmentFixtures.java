package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors.Actor;

/**
 * Valid assignment bodies, and assignments in each status made through the real API in one call:
 * an organisation's (posted by its client) or an anonymous poster's (with its manage token).
 */
public final class AssignmentFixtures {

    private AssignmentFixtures() {}

    public static Map<String, Object> assignment(String title) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("description", "Wij zoeken een ervaren projectleider voor de vervanging van ons zaaksysteem.");
        a.put("region", "3511");
        a.put("remote", "HYBRID");
        a.put("startDate", LocalDate.now().plusMonths(1).toString());
        a.put("durationWeeks", 26);
        a.put("hoursPerWeek", 32);
        a.put("rateMinCents", 9000);
        a.put("rateMaxCents", 11000);
        a.put("skills", List.of("Projectmanagement", "Zaaksysteem"));
        a.put(
                "questions",
                List.of(
                        Map.of("kind", "YES_NO", "text", "Heeft u ervaring bij gemeenten?", "required", true),
                        Map.of(
                                "kind",
                                "CHOICE",
                                "text",
                                "Beschikbaarheid",
                                "required",
                                false,
                                "options",
                                List.of("Direct", "Binnen een maand"))));
        a.put("validThrough", LocalDate.now().plusMonths(2).toString());
        a.put("nameOrganisation", false);
        return a;
    }

    public static Map<String, Object> poster(String name, String email) {
        return Map.of("name", name, "organisation", "Gemeente " + name, "email", email, "phone", "+31 30 123 4567");
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    /** Posts without an account; returns the HTTP status. */
    public static int postAnonymously(Map<String, Object> assignment, Map<String, Object> poster) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("assignment", assignment, "poster", poster))
                .when()
                .post("/api/v1/assignments")
                .then()
                .extract()
                .statusCode();
    }

    /** An organisation's draft, posted by its client; returns its id. */
    public static String draftOf(Actor client) {
        return draftOf(client, assignment("Interim projectleider"));
    }

    public static String draftOf(Actor client, Map<String, Object> body) {
        return client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", body))
                .when()
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String inReviewOf(Actor client) {
        return inReviewOf(client, assignment("Interim projectleider"));
    }

    public static String inReviewOf(Actor client, Map<String, Object> body) {
        String id = draftOf(client, body);
        client.spec().when().post(managed(id, "submit")).then().statusCode(200);
        return id;
    }

    public static String publishedOf(Actor client) {
        return publishedOf(client, assignment("Interim projectleider"));
    }

    /** The client's organisation's assignment with this body, submitted and approved; returns its id. */
    public static String publishedOf(Actor client, Map<String, Object> body) {
        String id = inReviewOf(client, body);
        Actors.admin().spec().when().post(managed(id, "approve")).then().statusCode(200);
        return id;
    }

    public static String closedOf(Actor client) {
        String id = publishedOf(client);
        client.spec().when().post(managed(id, "close")).then().statusCode(200);
        return id;
    }

    /** An anonymous poster's assignment and the manage token their confirmation gave them. */
    public record Anonymous(String id, String manageToken, String posterEmail) {

        public RequestSpecification spec() {
            return given().header("Werkbank-Manage-Token", manageToken);
        }
    }

    /** Posts without an account and returns the confirmation token from the e-mail. */
    public static String postAnonymouslyAndReadToken(String posterEmail) {
        return postAnonymouslyAndReadToken(assignment("Interim controller"), poster("Vera", posterEmail));
    }

    private static String postAnonymouslyAndReadToken(Map<String, Object> assignment, Map<String, Object> poster) {
        int status = postAnonymously(assignment, poster);
        if (status != 202) {
            throw new IllegalStateException("Anonymous posting answered " + status);
        }
        return Mailbox.latestTokenSentTo((String) poster.get("email"));
    }

    /** Posted anonymously and confirmed by e-mail: waiting for review. */
    public static Anonymous inReviewAnonymously() {
        return inReviewAnonymously(assignment("Interim controller"), poster("Vera", uniqueEmail("poster")));
    }

    public static Anonymous inReviewAnonymously(Map<String, Object> assignment, Map<String, Object> poster) {
        String token = postAnonymouslyAndReadToken(assignment, poster);
        var confirmed = given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .when()
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Anonymous(
                confirmed.getString("assignmentId"), confirmed.getString("manageToken"), (String) poster.get("email"));
    }

    public static Anonymous publishedAnonymously() {
        return publishedAnonymously(assignment("Interim controller"), poster("Vera", uniqueEmail("poster")));
    }

    public static Anonymous publishedAnonymously(Map<String, Object> assignment, Map<String, Object> poster) {
        Anonymous posted = inReviewAnonymously(assignment, poster);
        Actors.admin()
                .spec()
                .when()
                .post(managed(posted.id(), "approve"))
                .then()
                .statusCode(200);
        return posted;
    }

    /** Rejected in review: back to draft, where the poster can edit it. */
    public static Anonymous draftAnonymously() {
        Anonymous posted = inReviewAnonymously();
        Actors.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Graag het uurtarief toelichten."))
                .when()
                .post(managed(posted.id(), "reject"))
                .then()
                .statusCode(200);
        return posted;
    }

    public static Anonymous closedAnonymously() {
        Anonymous posted = publishedAnonymously();
        posted.spec().when().post(managed(posted.id(), "close")).then().statusCode(200);
        return posted;
    }

    private static String managed(String id, String action) {
        return "/api/v1/managed-assignments/" + id + "/" + action;
    }
}
