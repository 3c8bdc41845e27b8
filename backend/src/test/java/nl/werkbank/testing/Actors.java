package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkbank.common.Role;

/** People and organisations made through the real API, each test with its own. */
public final class Actors {

    private Actors() {}

    /** A logged-in person; {@link #spec()} sends their token. */
    public record Actor(String oidcSubject, String name, String token) {

        public RequestSpecification spec() {
            return given().auth().oauth2(token);
        }
    }

    public static Actor person(String name, Role... roles) {
        String subject = "kc-" + UUID.randomUUID();
        return new Actor(subject, name, Tokens.person(subject, name, null, null, roles));
    }

    public static Actor professional(String name) {
        return person(name, Role.PROFESSIONAL);
    }

    public static Actor client(String name) {
        return person(name, Role.CLIENT);
    }

    public static Actor admin() {
        return person("Anna Admin", Role.ADMIN);
    }

    public static Actor coach() {
        return person("Coby Coach", Role.COACH);
    }

    public static Actor privacyOfficer() {
        return person("Pim Privacy", Role.PRIVACY_OFFICER);
    }

    /** A job board's machine client: a client-credentials token with the feed-reader role. */
    public static Actor jobBoard(String clientId) {
        return new Actor("svc-" + clientId, clientId, Tokens.service(clientId, Role.FEED_READER));
    }

    /** A client and the organisation they registered. */
    public record Client(Actor actor, String organisationId) {

        public RequestSpecification spec() {
            return actor.spec();
        }
    }

    /**
     * A client, with the e-mail address responses are forwarded to, who registered an organisation,
     * verified by an admin when asked: one call.
     */
    public static Client clientOf(String name, String organisationName, boolean verified) {
        String subject = "kc-" + UUID.randomUUID();
        Actor client = new Actor(
                subject,
                name,
                Tokens.person(subject, name, AssignmentFixtures.uniqueEmail("client"), null, Role.CLIENT));
        return new Client(client, organisation(client, organisationName, verified));
    }

    /** A professional and the public id of their profile. */
    public record Professional(Actor actor, String profileId) {

        public RequestSpecification spec() {
            return actor.spec();
        }
    }

    /** A professional with a complete profile of the given visibility and, when asked, a CV: one call. */
    public static Professional professionalWithProfile(String name, String visibility, boolean withCv) {
        Actor professional = professional(name);
        Map<String, Object> body = profileBody(name, visibility);
        body.put("contact", Map.of("email", AssignmentFixtures.uniqueEmail("pro"), "phone", "+31 6 1111 2222"));
        String profileId = saveProfile(professional, body);
        if (withCv) {
            uploadCv(professional, "cv-of-" + name);
        }
        return new Professional(professional, profileId);
    }

    public static void uploadCv(Actor professional, String marker) {
        professional
                .spec()
                .multiPart("file", "cv.pdf", Files.pdf(marker), "application/pdf")
                .when()
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(200);
    }

    public static String randomKvk() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    /** Registers an organisation for the client and, when asked, has an admin verify it. Returns its id. */
    public static String organisation(Actor client, String name, boolean verified) {
        String id = client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kvkNumber", randomKvk()))
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (verified) {
            admin().spec()
                    .when()
                    .post("/api/v1/organisations/" + id + "/verification")
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    /** A complete, valid profile body; tests override what they are about. */
    public static Map<String, Object> profileBody(String displayName, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("visibility", visibility);
        body.put("displayName", displayName);
        body.put("headline", "Interim projectleider");
        body.put("summary", "Twintig jaar ervaring in de publieke sector.");
        body.put("freeTextPublic", false);
        body.put("skills", List.of("Projectmanagement", "Prince2"));
        body.put(
                "experience",
                List.of(Map.of(
                        "role",
                        "Projectleider",
                        "clientName",
                        "Gemeente Utrecht",
                        "startMonth",
                        "2021-01",
                        "endMonth",
                        "2023-06",
                        "tasks",
                        "Leiding aan de invoering van een zaaksysteem.")));
        body.put(
                "education",
                List.of(Map.of(
                        "institution", "Universiteit Utrecht", "qualification", "MSc Bestuurskunde", "year", 2004)));
        body.put("region", "3511");
        body.put("availableFrom", "2027-01-01");
        body.put("hoursPerWeek", 32);
        body.put("rateMinCents", 9500);
        body.put("rateMaxCents", 11500);
        body.put("languages", List.of("nl", "en"));
        body.put(
                "contact",
                Map.of("email", "contact@example.nl", "phone", "+31 6 1234 5678", "callTimes", "Werkdagen 9-17"));
        return body;
    }

    /** Saves the profile and returns its public id. */
    public static String saveProfile(Actor professional, Map<String, Object> body) {
        return professional
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }
}
