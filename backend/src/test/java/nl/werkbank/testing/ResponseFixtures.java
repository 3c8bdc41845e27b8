package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors.Actor;

/** Responses to published assignments, made through the real API in one call. */
public final class ResponseFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseFixtures() {}

    /**
     * A valid response to the assignment as {@link AssignmentFixtures#assignment} makes it (a yes/no
     * and a choice question), without the respondent's details a visitor adds.
     */
    public static Map<String, Object> validResponse(String assignmentId) {
        JsonPath questions = given().when()
                .get("/api/v1/assignments/" + assignmentId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("motivation", "Ik heb dit werk al drie keer gedaan.");
        body.put(
                "answers",
                List.of(
                        Map.of("questionId", questions.getString("questions[0].id"), "value", "yes"),
                        Map.of("questionId", questions.getString("questions[1].id"), "value", "Direct")));
        body.put("thisAssignmentOnly", false);
        body.put("useProfileCv", false);
        return body;
    }

    /** A visitor's response: {@link #validResponse} with their details. */
    public static Map<String, Object> visitorResponse(String assignmentId, String email) {
        Map<String, Object> body = validResponse(assignmentId);
        body.put("respondent", Map.of("name", "Vera Visitor", "email", email, "phone", "+31 6 3333 4444"));
        return body;
    }

    /** The multipart request the respond operation takes: part {@code response}, JSON. */
    public static RequestSpecification asResponse(RequestSpecification request, Map<String, Object> body) {
        try {
            return request.multiPart("response", "response.json", JSON.writeValueAsString(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The professional responds, with their profile's CV when they have one; returns the response's id. */
    public static String respond(Actor professional, String assignmentId, boolean withProfileCv) {
        Map<String, Object> body = validResponse(assignmentId);
        body.put("useProfileCv", withProfileCv);
        asResponse(professional.spec(), body)
                .when()
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(202);
        List<Map<String, Object>> mine = professional
                .spec()
                .when()
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return mine.stream()
                .filter(r -> assignmentId.equals(r.get("assignmentId")))
                .map(r -> (String) r.get("id"))
                .findFirst()
                .orElseThrow();
    }

    /** A visitor responds without an account; returns the confirmation token from their e-mail. */
    public static String respondAsVisitor(String assignmentId) {
        String email = AssignmentFixtures.uniqueEmail("visitor");
        asResponse(given(), visitorResponse(assignmentId, email))
                .when()
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(202);
        return Mailbox.latestTokenSentTo(email);
    }
}
