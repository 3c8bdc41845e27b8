package nl.werkbank.subject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/** GET /api/v1/me and PUT /api/v1/me/preferences: the subject registry seen from outside. */
@QuarkusTest
class MeResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    private static String newSubject() {
        return "kc-" + UUID.randomUUID();
    }

    @Test
    void withoutTokenIs401ProblemWithBearerChallenge() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void expiredTokenIs401() {
        String token = Tokens.sign(Tokens.personClaims(newSubject(), "Old Token", null, null, Role.PROFESSIONAL)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String token = Tokens.signWithUnknownKey(Tokens.personClaims(newSubject(), "Mallory", null, null, Role.ADMIN));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        String token = Tokens.sign(Tokens.personClaims(newSubject(), "Elsewhere", null, null, Role.PROFESSIONAL)
                .audience("some-other-api"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void firstCallCreatesTheSubjectAndLaterCallsFindIt() {
        String subject = newSubject();
        String token = Tokens.person(subject, "Petra de Vries", "petra@example.nl", "nl-NL", Role.PROFESSIONAL);

        String subjectId = given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("name", equalTo("Petra de Vries"))
                .body("email", equalTo("petra@example.nl"))
                .body("roles", contains("professional"))
                .body("language", equalTo("nl"))
                .extract()
                .path("subjectId");

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subjectId", equalTo(subjectId));

        assertThat(countAccounts(subject)).isEqualTo(1);
        assertThat(subjectRowCount(UUID.fromString(subjectId))).isEqualTo(1);
    }

    @Test
    void nameAndEmailFollowTheIdentityProvider() {
        String subject = newSubject();
        given().auth()
                .oauth2(Tokens.person(subject, "Kees Jansen", "kees@old.example", null, Role.CLIENT))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.person(subject, "Kees Jansen-de Wit", null, null, Role.CLIENT))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Kees Jansen-de Wit"))
                .body("email", nullValue());
    }

    @Test
    void languageComesFromTheTokenOrTheDefault() {
        given().auth()
                .oauth2(Tokens.person(newSubject(), "Cora Bakker", null, "en", Role.COACH))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));
        given().auth()
                .oauth2(Tokens.person(newSubject(), "Pim Visser", null, null, Role.PRIVACY_OFFICER))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("nl"));
    }

    @Test
    void onlyWerkbankRolesAreReported() {
        String token = Tokens.sign(Tokens.personClaims(newSubject(), "Anna de Boer", null, null)
                .claim(
                        "realm_access",
                        java.util.Map.of(
                                "roles",
                                List.of("admin", "offline_access", "default-roles-werkbank", "privacy-officer"))));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("privacy-officer", "admin"));
    }

    @Test
    void theRoleChosenAtSignUpCounts() {
        String professional = Tokens.sign(
                Tokens.personClaims(newSubject(), "Sanne Smit", null, null).claim("werkbank_role", "professional"));
        given().auth()
                .oauth2(professional)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("professional"));
        String client = Tokens.sign(
                Tokens.personClaims(newSubject(), "Ruud Kok", null, null).claim("werkbank_role", "client"));
        given().auth()
                .oauth2(client)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("client"));
    }

    @Test
    void aSignUpChoiceCannotGrantAStaffRole() {
        for (String staff : List.of("admin", "privacy-officer", "coach", "feed-reader")) {
            String token = Tokens.sign(
                    Tokens.personClaims(newSubject(), "Mallory", null, null).claim("werkbank_role", staff));
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasSize(0));
        }
    }

    @Test
    void aJobBoardHasNoAccount() {
        given().auth()
                .oauth2(Tokens.service("werkbank-jobboard", Role.FEED_READER))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void parallelFirstCallsCreateOneAccount() throws Exception {
        String subject = newSubject();
        String token = Tokens.person(subject, "Bram Smit", null, null, Role.PROFESSIONAL);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("subjectId"));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                ids.add(result.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(countAccounts(subject)).isEqualTo(1);
    }

    @Test
    void preferencesChangeTheLanguage() {
        String token = Tokens.person(newSubject(), "Petra de Vries", null, "nl", Role.PROFESSIONAL);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\":\"en\"}")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));
    }

    @Test
    void unsupportedLanguageNamesTheField() {
        String token = Tokens.person(newSubject(), "Petra de Vries", null, "nl", Role.PROFESSIONAL);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\":\"de\"}")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("language"))
                .body("errors[0].message", containsString("nl, en"));
    }

    @Test
    void missingLanguageNamesTheField() {
        String token = Tokens.person(newSubject(), "Petra de Vries", null, "nl", Role.PROFESSIONAL);
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("language"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void unknownPropertyIsRejectedAndNothingIsSaved() {
        String token = Tokens.person(newSubject(), "Petra de Vries", null, "nl", Role.PROFESSIONAL);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\":\"en\",\"subjectId\":\"x\"}")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("subjectId"))
                .body("errors[0].code", equalTo("unknown"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("nl"));
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        String token = Tokens.person(newSubject(), "Petra de Vries", null, "nl", Role.PROFESSIONAL);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\": ")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void aNewLoginIsMeaningfulContactAndAnOldTokenIsNot() {
        String subject = newSubject();
        Instant login = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String afterLogin = Tokens.sign(Tokens.personClaims(subject, "Petra de Vries", null, null, Role.PROFESSIONAL)
                .claim("auth_time", login.getEpochSecond()));
        String subjectId = given().auth()
                .oauth2(afterLogin)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("subjectId");
        assertThat(lastContact(UUID.fromString(subjectId))).isEqualTo(login);

        String olderSession = Tokens.sign(Tokens.personClaims(subject, "Petra de Vries", null, null, Role.PROFESSIONAL)
                .claim("auth_time", login.minusSeconds(7200).getEpochSecond()));
        given().auth().oauth2(olderSession).when().get("/api/v1/me").then().statusCode(200);
        assertThat(lastContact(UUID.fromString(subjectId))).isEqualTo(login);
    }

    private Instant lastContact(UUID subjectId) {
        Object value = entityManager
                .createNativeQuery("SELECT last_meaningful_contact_at FROM subject WHERE id = :id")
                .setParameter("id", subjectId)
                .getSingleResult();
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    private long countAccounts(String oidcSubject) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM account WHERE oidc_subject = :s")
                        .setParameter("s", oidcSubject)
                        .getSingleResult())
                .longValue();
    }

    private long subjectRowCount(UUID id) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM subject WHERE id = :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
    }
}
