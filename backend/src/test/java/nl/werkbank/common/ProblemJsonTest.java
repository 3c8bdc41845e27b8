package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/** S-2: every 4xx is application/problem+json and tells nothing about the implementation. */
@QuarkusTest
class ProblemJsonTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownApiPathIs404Problem() {
        given().when()
                .get("/api/v1/does-not-exist")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
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
