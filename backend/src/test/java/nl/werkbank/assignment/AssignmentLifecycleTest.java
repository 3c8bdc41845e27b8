package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A-3 as a table: every (state, action, actor) of an organisation's assignment, with the status
 * each cell must answer. Allowed moves answer 200; a wrong state 409; a wrong actor 403, or 404
 * when the actor may not know the assignment exists.
 */
@QuarkusTest
class AssignmentLifecycleTest {

    private static final String[] STATES = {"DRAFT", "PENDING_REVIEW", "PUBLISHED", "CLOSED", "ARCHIVED"};
    private static final String[] ACTIONS = {"edit", "submit", "approve", "reject", "close", "archive", "progress"};

    /** Expected status per action, over the states in {@link #STATES} order. */
    private static final Map<String, Map<String, int[]>> TABLE = Map.of(
            "owner",
                    Map.of(
                            "edit", new int[] {200, 409, 409, 409, 409},
                            "submit", new int[] {200, 409, 409, 409, 409},
                            "approve", new int[] {403, 403, 403, 403, 403},
                            "reject", new int[] {403, 403, 403, 403, 403},
                            "close", new int[] {409, 409, 200, 409, 409},
                            "archive", new int[] {409, 409, 409, 200, 409},
                            "progress", new int[] {409, 409, 200, 200, 409}),
            "admin",
                    Map.of(
                            "edit", new int[] {403, 403, 403, 403, 403},
                            "submit", new int[] {403, 403, 403, 403, 403},
                            "approve", new int[] {409, 200, 409, 409, 409},
                            "reject", new int[] {409, 200, 409, 409, 409},
                            "close", new int[] {409, 409, 200, 409, 409},
                            "archive", new int[] {409, 409, 409, 200, 409},
                            "progress", new int[] {403, 403, 403, 403, 403}),
            "otherClient",
                    Map.of(
                            "edit", new int[] {404, 404, 404, 404, 404},
                            "submit", new int[] {404, 404, 404, 404, 404},
                            "approve", new int[] {404, 404, 404, 404, 404},
                            "reject", new int[] {404, 404, 404, 404, 404},
                            "close", new int[] {404, 404, 404, 404, 404},
                            "archive", new int[] {404, 404, 404, 404, 404},
                            "progress", new int[] {404, 404, 404, 404, 404}),
            "professional",
                    Map.of(
                            "edit", new int[] {404, 404, 404, 404, 404},
                            "submit", new int[] {404, 404, 404, 404, 404},
                            "approve", new int[] {404, 404, 404, 404, 404},
                            "reject", new int[] {404, 404, 404, 404, 404},
                            "close", new int[] {404, 404, 404, 404, 404},
                            "archive", new int[] {404, 404, 404, 404, 404},
                            "progress", new int[] {404, 404, 404, 404, 404}),
            "anonymous",
                    Map.of(
                            "edit", new int[] {404, 404, 404, 404, 404},
                            "submit", new int[] {404, 404, 404, 404, 404},
                            "approve", new int[] {401, 401, 401, 401, 401},
                            "reject", new int[] {401, 401, 401, 401, 401},
                            "close", new int[] {404, 404, 404, 404, 404},
                            "archive", new int[] {404, 404, 404, 404, 404},
                            "progress", new int[] {404, 404, 404, 404, 404}));

    private static Actor owner;
    private static Actor otherClient;
    private static Actor admin;
    private static Actor professional;

    @BeforeEach
    void actorsOnce() {
        if (owner != null) {
            return;
        }
        owner = Actors.clientOf("Olga Owner", "Owner Interim BV", true).actor();
        otherClient =
                Actors.clientOf("Otto Other", "Other Detachering BV", true).actor();
        admin = Actors.admin();
        professional = Actors.professional("Pieter Pro");
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        TABLE.forEach((actor, actions) -> {
            for (String action : ACTIONS) {
                int[] expected = actions.get(action);
                for (int i = 0; i < STATES.length; i++) {
                    cells.add(Arguments.of(STATES[i], action, actor, expected[i]));
                }
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} in {0} by {2} -> {3}")
    @MethodSource("cells")
    void cell(String state, String action, String actor, int expected) {
        String id = assignmentIn(state);
        Response response = act(request(actor), action, id);
        assertThat(response.statusCode())
                .as("%s in %s by %s", action, state, actor)
                .isEqualTo(expected);
        String after = admin.spec()
                .get("/api/v1/managed-assignments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        if (expected == 200) {
            assertThat(after).isEqualTo(resultOf(action, state));
        } else {
            assertThat(after).as("a refused action changes nothing").isEqualTo(state);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static String resultOf(String action, String state) {
        return switch (action) {
            case "submit" -> "PENDING_REVIEW";
            case "approve" -> "PUBLISHED";
            case "reject" -> "DRAFT";
            case "close" -> "CLOSED";
            case "archive" -> "ARCHIVED";
            default -> state;
        };
    }

    private RequestSpecification request(String actor) {
        return switch (actor) {
            case "owner" -> owner.spec();
            case "admin" -> admin.spec();
            case "otherClient" -> otherClient.spec();
            case "professional" -> professional.spec();
            default -> given();
        };
    }

    private static Response act(RequestSpecification request, String action, String id) {
        String base = "/api/v1/managed-assignments/" + id;
        return switch (action) {
            case "edit" ->
                request.contentType(ContentType.JSON)
                        .body(AssignmentFixtures.assignment("Gewijzigd"))
                        .put(base);
            case "reject" ->
                request.contentType(ContentType.JSON)
                        .body(Map.of("reason", "Te weinig informatie"))
                        .post(base + "/reject");
            case "progress" ->
                request.contentType(ContentType.JSON)
                        .body(Map.of("status", "SELECTING"))
                        .post(base + "/procedure-updates");
            default -> request.post(base + "/" + action);
        };
    }

    /** An assignment of the owner's organisation, brought to the state through the real transitions. */
    private String assignmentIn(String state) {
        String id = owner.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment("Projectleider " + state)))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> path = List.of(STATES).subList(0, List.of(STATES).indexOf(state) + 1);
        if (path.contains("PENDING_REVIEW")) {
            owner.spec()
                    .post("/api/v1/managed-assignments/" + id + "/submit")
                    .then()
                    .statusCode(200);
        }
        if (path.contains("PUBLISHED")) {
            admin.spec()
                    .post("/api/v1/managed-assignments/" + id + "/approve")
                    .then()
                    .statusCode(200);
        }
        if (path.contains("CLOSED")) {
            owner.spec()
                    .post("/api/v1/managed-assignments/" + id + "/close")
                    .then()
                    .statusCode(200);
        }
        if (path.contains("ARCHIVED")) {
            owner.spec()
                    .post("/api/v1/managed-assignments/" + id + "/archive")
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
