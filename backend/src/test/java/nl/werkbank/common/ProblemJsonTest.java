package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** S-2: every 4xx is application/problem+json and tells nothing about the implementation. */
@QuarkusTest
class ProblemJsonTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownApiPathIs404Problem() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/does-not-exist")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    /** §12, S-2: titles and field messages in the caller's language, with a code that is the same in both. */
    @ParameterizedTest
    @CsvSource({
        "nl-NL, Ongeldige invoer, moet een datum zijn als JJJJ-MM-DD",
        "'en-GB,en;q=0.9', Invalid request, must be a date as YYYY-MM-DD",
        "fr, Ongeldige invoer, moet een datum zijn als JJJJ-MM-DD"
    })
    void problemsSpeakTheCallersLanguageAndCarryAStableCode(String acceptLanguage, String title, String message) {
        given().header("Accept-Language", acceptLanguage)
                .queryParam("startBefore", "31-12-2026")
                .when()
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo(title))
                .body("errors[0].field", equalTo("startBefore"))
                .body("errors[0].code", equalTo("format"))
                .body("errors[0].message", equalTo(message));
    }

    /** §12: Bean Validation messages follow Accept-Language too, our own ({key}) and the built-in ones. */
    @ParameterizedTest
    @CsvSource({
        "nl, remote, SOMETIMES, pattern, 'moet ONSITE, HYBRID of REMOTE zijn'",
        "en, remote, SOMETIMES, pattern, 'must be ONSITE, HYBRID or REMOTE'",
        "nl, minRateCents, -1, range, moet groter of gelijk aan 0 zijn",
        "en, minRateCents, -1, range, must be greater than or equal to 0",
        "'', minRateCents, -1, range, moet groter of gelijk aan 0 zijn"
    })
    void constraintMessagesSpeakTheCallersLanguage(
            String acceptLanguage, String parameter, String value, String code, String message) {
        var request = given().queryParam(parameter, value);
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        request.when()
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].code", equalTo(code))
                .body("errors[0].message", equalTo(message));
    }

    @ParameterizedTest
    @CsvSource({
        "{\"language\": \"xx\"}, language, one-of",
        "'{\"language\": \"nl\", \"extra\": 1}', extra, unknown",
        "{, body, format",
        "{}, language, required"
    })
    void everyFieldErrorOfTheBodyHasACode(String body, String field, String code) {
        given().auth()
                .oauth2(Tokens.person("kc-codes", "Petra", null, null, Role.PROFESSIONAL))
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400Not404() {
        given().queryParam("limit", "veel")
                .when()
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        given().auth()
                .oauth2(Tokens.person("kc-405", "Petra", null, null, Role.PROFESSIONAL))
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().auth()
                .oauth2(Tokens.person("kc-415", "Petra", null, null, Role.PROFESSIONAL))
                .contentType("text/plain")
                .body("language=en")
                .when()
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body(not(containsString("Exception")));
    }
}
