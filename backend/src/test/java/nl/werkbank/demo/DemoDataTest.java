package nl.werkbank.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The demo logins of the realm file find their data, and loading twice changes nothing. */
@QuarkusTest
class DemoDataTest {

    private static final String PETRA = "de000000-0000-4000-8000-000000000001";
    private static final String KEES = "de000000-0000-4000-8000-000000000002";
    /** Cora's demo account says English and her token below names no locale: the language proves the demo data. */
    private static final String CORA = "de000000-0000-4000-8000-000000000003";

    @Inject
    DemoData demoData;

    private static RequestSpecification as(String subject, String name, Role role) {
        return RestAssured.given().auth().oauth2(Tokens.person(subject, name, null, null, role));
    }

    @Test
    void demoUsersFindTheirDataAndLoadingTwiceIsHarmless() {
        demoData.load();
        String cora = as(CORA, "Cora Bakker", Role.COACH)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .extract()
                .path("subjectId");
        String petraProfile = as(PETRA, "Petra de Vries", Role.PROFESSIONAL)
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("visibility", equalTo("MEMBERS"))
                .extract()
                .path("id");

        demoData.load();

        as(CORA, "Cora Bakker", Role.COACH).get("/api/v1/me").then().body("subjectId", equalTo(cora));
        as(PETRA, "Petra de Vries", Role.PROFESSIONAL)
                .get("/api/v1/me/profile")
                .then()
                .body("id", equalTo(petraProfile));
        as(KEES, "Kees Jansen", Role.CLIENT)
                .get("/api/v1/me/organisation")
                .then()
                .statusCode(200)
                .body("name", equalTo("Jansen Interim BV"))
                .body("verified", equalTo(true));
        as(KEES, "Kees Jansen", Role.CLIENT)
                .get("/api/v1/managed-assignments")
                .then()
                .statusCode(200)
                .body("items.findAll { it.status == 'PUBLISHED' }.size()", equalTo(2));
        RestAssured.given()
                .queryParam("skill", "zaaksysteem")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("items.hiringOrganization", hasItem("Jansen Interim BV"));
        as(KEES, "Kees Jansen", Role.CLIENT)
                .queryParam("skill", "programmamanagement")
                .get("/api/v1/profiles")
                .then()
                .statusCode(200)
                .body("items.displayName", hasItem("Petra de Vries"));
    }
}
