package nl.werkbank.profile;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** S-2: each broken rule of a profile is a 400 naming the field, and nothing is saved. */
@QuarkusTest
class ProfileValidationTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("displayName", b -> b.remove("displayName")),
                broken("displayName", b -> b.put("displayName", "  ")),
                broken("headline", b -> b.put("headline", "x".repeat(151))),
                broken("summary", b -> b.put("summary", "x".repeat(4001))),
                broken("visibility", b -> b.put("visibility", "EVERYONE")),
                broken("region", b -> b.put("region", "1234AB")),
                broken("region", b -> b.put("region", "0123")),
                broken("hoursPerWeek", b -> b.put("hoursPerWeek", 61)),
                broken("rateMinCents", b -> b.put("rateMinCents", -1)),
                broken("rateMinCents", b -> b.put("rateMinCents", 5_000_000)),
                broken("rateMaxCents", b -> {
                    b.put("rateMinCents", 12000);
                    b.put("rateMaxCents", 9000);
                }),
                broken("skills", b -> b.put("skills", Collections.nCopies(31, "java"))),
                broken("skills[0]", b -> b.put("skills", List.of("x".repeat(51)))),
                broken(
                        "experience[0].startMonth",
                        b -> b.put("experience", List.of(Map.of("role", "Dev", "startMonth", "2020-13")))),
                broken("experience[0].role", b -> b.put("experience", List.of(Map.of("startMonth", "2020-01")))),
                broken(
                        "education[0].year",
                        b -> b.put("education", List.of(Map.of("qualification", "MSc", "year", 1800)))),
                broken("languages[0]", b -> b.put("languages", List.of("Nederlands"))),
                broken("contact.email", b -> b.put("contact", Map.of("email", "not-an-address"))),
                broken("contact.phone", b -> b.put("contact", Map.of("phone", "call me"))),
                broken("availableFrom", b -> b.put("availableFrom", "next week")),
                broken("subjectId", b -> b.put("subjectId", "00000000-0000-0000-0000-000000000000")),
                broken("id", b -> b.put("id", "00000000-0000-0000-0000-000000000000")));
    }

    private static Arguments broken(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void brokenRuleIsNamedAndNothingIsSaved(String field, Consumer<Map<String, Object>> change) {
        Actor professional = Actors.professional("Vera Validatie");
        Map<String, Object> body = Actors.profileBody("Vera Validatie", "MEMBERS");
        change.accept(body);

        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        professional.spec().get("/api/v1/me/profile").then().statusCode(404);
    }

    /** Issue 16: €50,000 an hour was accepted; the sanity limit is €1,000, refused with code "range". */
    @Test
    void aRateAboveOneThousandEurosAnHourIsARangeErrorAndOneThousandIsAccepted() {
        Actor professional = Actors.professional("Rutger Rate");
        Map<String, Object> body = Actors.profileBody("Rutger Rate", "MEMBERS");
        body.put("rateMinCents", 9_000);
        body.put("rateMaxCents", 5_000_000);
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'rateMaxCents' }.code", equalTo("range"));

        body.put("rateMaxCents", 100_000);
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("rateMaxCents", equalTo(100_000));
    }
}
