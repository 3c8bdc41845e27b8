package nl.werkbank.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    /** Cora's demo account says English; her token below names no locale, so the language proves the account came from the demo data. */
    private static final String CORA = "de000000-0000-4000-8000-000000000003";

    @Inject
    DemoData demoData;

    @Test
    void demoAccountsAreThereForTheDemoLoginsAndLoadingTwiceIsHarmless() {
        demoData.load();
        String first = given().auth().oauth2(Tokens.person(CORA, "Cora Bakker", "cora.bakker@example.nl", null, Role.COACH))
                .when().get("/api/v1/me").then().statusCode(200)
                .body("language", equalTo("en"))
                .extract().path("subjectId");

        demoData.load();

        given().auth().oauth2(Tokens.person(CORA, "Cora Bakker", "cora.bakker@example.nl", null, Role.COACH))
                .when().get("/api/v1/me").then().statusCode(200).body("subjectId", equalTo(first));
    }
}
