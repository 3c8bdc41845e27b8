package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security headers on every API answer, and CORS for the SPA's origin only. */
@QuarkusTest
class HttpHardeningTest {

    private static final String SPA_ORIGIN = "http://localhost:5173";

    @Test
    void apiAnswersCarrySecurityHeaders() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }

    /** Issue 15, S-7: every answer, not only the API's, forbids framing and sniffing and limits features. */
    @Test
    void everyAnswerCarriesTheHeadersThatNeedNoPage() {
        for (String path : List.of("/api/v1/assignments", "/sitemap.xml")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Permissions-Policy", containsString("camera=()"));
        }
    }

    /**
     * HSTS only in production, where the API is reached over TLS: the test profile does not send it,
     * and application.properties sets it for %prod alone. ProductionStartIT shows the packaged jar
     * sending it.
     */
    @Test
    void strictTransportSecurityIsAProductionSetting() throws java.io.IOException {
        given().when()
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        List<String> hsts = java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("src/main/resources/application.properties"))
                .stream()
                .filter(line -> line.contains("Strict-Transport-Security"))
                .toList();
        assertThat(hsts).singleElement().asString().startsWith("%prod.").contains("max-age=31536000");
    }

    @Test
    void theSpaOriginMayCallTheApi() {
        given().header("Origin", SPA_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when()
                .options("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SPA_ORIGIN));
    }

    @Test
    void theSpaMaySendAPostersManagementToken() {
        given().header("Origin", SPA_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "werkbank-manage-token,content-type")
                .when()
                .options("/api/v1/managed-assignments/00000000-0000-0000-0000-000000000000/close")
                .then()
                .statusCode(200)
                .header(
                        "Access-Control-Allow-Headers",
                        org.hamcrest.Matchers.containsStringIgnoringCase("Werkbank-Manage-Token"));
    }

    @Test
    void theSpaMaySendAPrivacyRequestToken() {
        given().header("Origin", SPA_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "werkbank-request-token")
                .when()
                .options("/api/v1/privacy-requests/status")
                .then()
                .statusCode(200)
                .header(
                        "Access-Control-Allow-Headers",
                        org.hamcrest.Matchers.containsStringIgnoringCase("Werkbank-Request-Token"));
    }

    @Test
    void anotherOriginMayNot() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/me")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
