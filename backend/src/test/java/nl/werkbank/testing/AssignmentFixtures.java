package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid assignment bodies; tests change what they are about. */
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
}
