package nl.werkbank.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S-1: every endpoint of profiles, organisations and disclosures against every kind of caller.
 * Each cell is asserted; a new endpoint belongs in this table.
 */
@QuarkusTest
class ProfileAuthorisationMatrixTest {

    private static final String[] ACTORS = {
        "anonymous", "professionalA", "professionalB", "clientUnverified", "clientX", "clientY", "admin"
    };

    /** The world is made once through the API; rows that write leave it as they found it. */
    private static World world;

    record World(Map<String, Actor> actors, String profileA, String hiddenProfile, String spareOrganisation) {}

    @BeforeEach
    void makeWorldOnce() {
        if (world != null) {
            return;
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("professionalA", Actors.professional("Petra A"));
        actors.put("professionalB", Actors.professional("Bram B"));
        actors.put("clientUnverified", Actors.client("Uma Unverified"));
        actors.put("clientX", Actors.client("Xander X"));
        actors.put("clientY", Actors.client("Yara Y"));
        actors.put("admin", Actors.admin());
        Actors.organisation(actors.get("clientUnverified"), "Onbevestigd BV", false);
        Actors.organisation(actors.get("clientX"), "X Interim BV", true);
        Actors.organisation(actors.get("clientY"), "Y Detachering BV", true);
        String spare = Actors.organisation(Actors.client("Zeno Z"), "Z Werving BV", false);

        String profileA = Actors.saveProfile(actors.get("professionalA"), Actors.profileBody("Petra A", "MEMBERS"));
        Actors.saveProfile(actors.get("professionalB"), Actors.profileBody("Bram B", "MEMBERS"));
        upload(actors.get("professionalA"));
        upload(actors.get("professionalB"));
        String hidden =
                Actors.saveProfile(Actors.professional("Hidde Hidden"), Actors.profileBody("Hidde Hidden", "HIDDEN"));
        world = new World(actors, profileA, hidden, spare);
    }

    private static void upload(Actor professional) {
        professional
                .spec()
                .multiPart("file", "cv.pdf", Files.pdf("matrix"), "application/pdf")
                .when()
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(200);
    }

    /** One endpoint: how to call it, given the caller's request and the world. */
    record Endpoint(String name, BiFunction<RequestSpecification, World, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Endpoint endpoint(String name, BiFunction<RequestSpecification, World, Response> call) {
        return new Endpoint(name, call);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        row(
                rows,
                endpoint("GET /me/profile", (r, w) -> r.get("/api/v1/me/profile")),
                401,
                200,
                200,
                403,
                403,
                403,
                403);
        row(
                rows,
                endpoint(
                        "PUT /me/profile",
                        (r, w) -> r.contentType(ContentType.JSON)
                                .body(Actors.profileBody("Same Name", "MEMBERS"))
                                .put("/api/v1/me/profile")),
                401,
                200,
                200,
                403,
                403,
                403,
                403);
        row(
                rows,
                endpoint("GET /me/profile/preview", (r, w) -> r.get("/api/v1/me/profile/preview")),
                401,
                200,
                200,
                403,
                403,
                403,
                403);
        row(
                rows,
                endpoint(
                        "POST /me/profile/cv",
                        (r, w) -> r.multiPart("file", "cv.pdf", Files.pdf("row"), "application/pdf")
                                .post("/api/v1/me/profile/cv")),
                401,
                200,
                200,
                403,
                403,
                403,
                403);
        row(
                rows,
                endpoint("GET /me/profile/cv", (r, w) -> r.get("/api/v1/me/profile/cv")),
                401,
                200,
                200,
                403,
                403,
                403,
                403);
        row(
                rows,
                endpoint("DELETE /me/profile/cv (then upload again)", (r, w) -> r.delete("/api/v1/me/profile/cv")),
                401,
                204,
                204,
                403,
                403,
                403,
                403);
        row(rows, endpoint("GET /profiles", (r, w) -> r.get("/api/v1/profiles")), 401, 403, 403, 200, 200, 200, 200);
        row(
                rows,
                endpoint("GET /profiles/{A}", (r, w) -> r.get("/api/v1/profiles/" + w.profileA())),
                200,
                200,
                200,
                200,
                200,
                200,
                200);
        row(
                rows,
                endpoint("GET /profiles/{hidden}", (r, w) -> r.get("/api/v1/profiles/" + w.hiddenProfile())),
                404,
                404,
                404,
                404,
                404,
                404,
                200);
        row(
                rows,
                endpoint("GET /profiles/{unknown}", (r, w) -> r.get("/api/v1/profiles/" + UUID.randomUUID())),
                404,
                404,
                404,
                404,
                404,
                404,
                404);
        row(
                rows,
                endpoint(
                        "POST /profiles/{A}/contact",
                        (r, w) -> r.post("/api/v1/profiles/" + w.profileA() + "/contact")),
                401,
                403,
                403,
                403,
                200,
                200,
                403);
        row(
                rows,
                endpoint("GET /profiles/{A}/cv", (r, w) -> r.get("/api/v1/profiles/" + w.profileA() + "/cv")),
                401,
                403,
                403,
                403,
                200,
                200,
                403);
        row(
                rows,
                endpoint(
                        "POST /profiles/{hidden}/contact",
                        (r, w) -> r.post("/api/v1/profiles/" + w.hiddenProfile() + "/contact")),
                401,
                404,
                404,
                404,
                404,
                404,
                403);
        row(
                rows,
                endpoint("GET /profiles/{hidden}/cv", (r, w) -> r.get("/api/v1/profiles/" + w.hiddenProfile() + "/cv")),
                401,
                404,
                404,
                404,
                404,
                404,
                403);
        row(
                rows,
                endpoint("GET /me/disclosures", (r, w) -> r.get("/api/v1/me/disclosures")),
                401,
                200,
                200,
                200,
                200,
                200,
                200);
        row(
                rows,
                endpoint(
                        "POST /organisations",
                        (r, w) -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Nog een BV", "kvkNumber", Actors.randomKvk()))
                                .post("/api/v1/organisations")),
                401,
                403,
                403,
                409,
                409,
                409,
                403);
        row(
                rows,
                endpoint("GET /me/organisation", (r, w) -> r.get("/api/v1/me/organisation")),
                401,
                403,
                403,
                200,
                200,
                200,
                403);
        row(
                rows,
                endpoint("GET /organisations", (r, w) -> r.get("/api/v1/organisations")),
                401,
                403,
                403,
                403,
                403,
                403,
                200);
        row(
                rows,
                endpoint(
                        "POST /organisations/{Z}/verification",
                        (r, w) -> r.post("/api/v1/organisations/" + w.spareOrganisation() + "/verification")),
                401,
                403,
                403,
                403,
                403,
                403,
                200);
        row(
                rows,
                endpoint(
                        "DELETE /organisations/{Z}/verification",
                        (r, w) -> r.delete("/api/v1/organisations/" + w.spareOrganisation() + "/verification")),
                401,
                403,
                403,
                403,
                403,
                403,
                200);
        return rows.stream();
    }

    private static void row(List<Arguments> rows, Endpoint endpoint, int... expected) {
        assertThat(expected).hasSize(ACTORS.length);
        for (int i = 0; i < ACTORS.length; i++) {
            rows.add(Arguments.of(endpoint, ACTORS[i], expected[i]));
        }
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void cell(Endpoint endpoint, String actor, int expected) {
        RequestSpecification request =
                "anonymous".equals(actor) ? given() : world.actors().get(actor).spec();
        Response response = endpoint.call().apply(request.when(), world);
        assertThat(response.statusCode()).as(endpoint + " as " + actor).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (endpoint.name().startsWith("DELETE /me/profile/cv") && expected == 204) {
            upload(world.actors().get(actor));
        }
    }

    @Test
    void professionalBNeverSeesOrChangesA() {
        Actor a = world.actors().get("professionalA");
        Actor b = world.actors().get("professionalB");
        String bProfile = b.spec()
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(bProfile).isNotEqualTo(world.profileA());

        b.spec()
                .contentType(ContentType.JSON)
                .body(Actors.profileBody("Bram B", "MEMBERS"))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200);
        a.spec()
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(world.profileA()));

        world.actors()
                .get("clientX")
                .spec()
                .post("/api/v1/profiles/" + world.profileA() + "/contact")
                .then()
                .statusCode(200);
        String bDisclosures = b.spec()
                .get("/api/v1/me/disclosures")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(bDisclosures).doesNotContain("X Interim BV");
    }
}
