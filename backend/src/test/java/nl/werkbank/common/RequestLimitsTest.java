package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbank.common.problem.Problem;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.RawHttp;
import nl.werkbank.testing.RawHttp.Answer;
import nl.werkbank.testing.RawHttp.Request;
import org.junit.jupiter.api.Test;

/**
 * S-4 (issue 15): the limits of a request ({@link RequestLimits}, {@link JsonLimits}) and their
 * answers, problem+json also where the HTTP layer refuses before the application reads anything.
 * The anonymous privacy request (a small JSON body, no login) stands for every JSON operation.
 */
@QuarkusTest
class RequestLimitsTest {

    @Inject
    ObjectMapper mapper;

    private static final String JSON_OPERATION = "/api/v1/privacy-requests";

    private static String body(String details) {
        return "{\"email\":\"" + AssignmentFixtures.uniqueEmail("limits") + "\",\"type\":\"OBJECTION\",\"details\":"
                + details + "}";
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("status", equalTo(status));
    }

    private static RequestSpecification json(String body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    @Test
    void aValidBodyWithinTheLimitsIsAccepted() {
        json(body("\"" + "x".repeat(1_000) + "\"")).post(JSON_OPERATION).then().statusCode(202);
    }

    @Test
    void aJsonBodyOverSixtyFourKibIsRefusedWith413BeforeItIsRead() {
        problem(
                json(body("\"" + "x".repeat(RequestLimits.MAX_JSON_BYTES) + "\""))
                        .post(JSON_OPERATION)
                        .then(),
                413);
    }

    @Test
    void anOversizedJsonBodyWithoutADeclaredLengthIsRefusedWith413ByTheParser() {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            Answer answer = http.send(new Request(
                    "POST",
                    JSON_OPERATION,
                    List.of(
                            Map.entry("Content-Type", "application/json"),
                            Map.entry("Transfer-Encoding", "chunked"),
                            Map.entry("X-Requested-With", "werkbank-test")),
                    body("\"" + "x".repeat(RequestLimits.MAX_JSON_BYTES) + "\"").getBytes(StandardCharsets.UTF_8)));
            assertThat(answer.status()).as(answer.text()).isEqualTo(413);
            assertThat(answer.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void deepNestingIsRefusedWith400() {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 10) + "]".repeat(JsonLimits.MAX_DEPTH + 10);
        problem(json(body(deep)).post(JSON_OPERATION).then(), 400);
        problem(json(deep).post(JSON_OPERATION).then(), 400);
    }

    /** Records stop at the first token of the wrong type; the depth limit holds for every other reader. */
    @Test
    void theApiParserStopsAtTheNestingLimit() {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        assertThatThrownBy(() -> mapper.readTree(deep))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aNumberOfHundredsOfDigitsIsRefusedWith400() {
        String body = "{\"type\":\"OBJECTION\",\"email\":" + "9".repeat(500) + "}";
        problem(json(body).post(JSON_OPERATION).then(), 400);
    }

    @Test
    void aDuplicatedKeyIsRefusedWith400() {
        String body = "{\"email\":\"a@example.nl\",\"email\":\"b@example.nl\",\"type\":\"OBJECTION\"}";
        problem(json(body).post(JSON_OPERATION).then(), 400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aNulCharacterOrALoneSurrogateIsRefusedWith400NamingTheField() {
        problem(json(body("\"x\\u0000y\"")).post(JSON_OPERATION).then(), 400)
                .body("errors[0].field", equalTo("details"))
                .body("errors[0].code", equalTo("pattern"));
        problem(json(body("\"\\ud800\"")).post(JSON_OPERATION).then(), 400).body("errors[0].field", equalTo("details"));
        problem(json(body("\"\\udc00\\ud800\"")).post(JSON_OPERATION).then(), 400);
    }

    @Test
    void aDateBeyondWhatTheDatabaseStoresIsRefusedWith400() throws Exception {
        assertThatThrownBy(() -> mapper.readValue("2147483648", java.time.LocalDate.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("\"+999999999-12-31\"", java.time.LocalDate.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
        assertThat(mapper.readValue("\"2027-01-31\"", java.time.LocalDate.class))
                .isEqualTo(java.time.LocalDate.of(2027, 1, 31));
    }

    @Test
    void aPairedSurrogateIsText() {
        json(body("\"\\ud83d\\ude00 \uD835\uDD4F\""))
                .post(JSON_OPERATION)
                .then()
                .statusCode(202);
    }

    @Test
    void aTooLongTargetIsRefusedWith414() {
        String query = "?q=" + "a".repeat(RequestLimits.MAX_TARGET_LENGTH);
        problem(given().get("/api/v1/assignments" + query).then(), 414);
    }

    @Test
    void aTargetBeyondTheOldVertxLimitStillGetsProblemJson() {
        // 4096 was Vert.x' default: a long query string got a bare 414 before issue 15
        problem(given().get("/api/v1/assignments?q=" + "a".repeat(5_000)).then(), 400);
    }

    @Test
    void tooManyHeadersAreRefusedWith431() {
        RequestSpecification request = given();
        for (int i = 0; i <= RequestLimits.MAX_HEADER_COUNT; i++) {
            request = request.header("X-Padding-" + i, "p");
        }
        problem(request.get("/api/v1/assignments").then(), 431);
    }

    @Test
    void aTooLargeHeaderIsRefusedWith431() {
        problem(
                given().header("X-Padding", "p".repeat(RequestLimits.MAX_HEADER_BYTES))
                        .get("/api/v1/assignments")
                        .then(),
                431);
    }

    @Test
    void headersTooLargeTogetherAreRefusedWith431() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            headers.add(Map.entry("X-Padding-" + i, "p".repeat(3_000)));
        }
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            Answer answer = http.send(new Request("GET", "/api/v1/assignments", headers, new byte[0]));
            assertThat(answer.status()).isEqualTo(431);
            assertThat(answer.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void multipartToAJsonOperationIsRefusedWith415() {
        problem(
                given().multiPart("file", "cv.pdf", nl.werkbank.testing.Files.pdf("x"), "application/pdf")
                        .post(JSON_OPERATION)
                        .then(),
                415);
    }

    @Test
    void anUploadBeyondTheCvLimitIsRefusedWith413BeforeItIsRead() {
        byte[] large = new byte[5 * 1024 * 1024 + RequestLimits.MULTIPART_OVERHEAD_BYTES + 1];
        String token = nl.werkbank.testing.Actors.professional("Ulla Upload").token();
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            Answer answer = http.send(new Request(
                    "POST",
                    "/api/v1/me/profile/cv",
                    List.of(
                            Map.entry("Authorization", "Bearer " + token),
                            Map.entry("Content-Type", "multipart/form-data; boundary=b")),
                    large));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void brokenPercentEncodingInTheQueryIsRefusedWith400() {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            Answer answer = http.send(new Request("GET", "/api/v1/assignments?q=%G1%", List.of(), new byte[0]));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void anEncodedNulInThePathOrQueryIsRefusedWith400() {
        problem(
                nl.werkbank.testing.Actors.privacyOfficer()
                        .spec()
                        .contentType(ContentType.JSON)
                        .body(Map.of("period", "P30D", "enabled", true, "action", "ANONYMISE"))
                        .urlEncodingEnabled(false)
                        .put("/api/v1/admin/retention/policies/%00")
                        .then(),
                400);
        problem(
                given().urlEncodingEnabled(false)
                        .get("/api/v1/assignments?q=a%00b")
                        .then(),
                400);
    }

    @Test
    void aBrowserOfAnotherOriginIsRefusedWith403AndTheSpaIsServed() {
        problem(
                given().header("Origin", "https://evil.example")
                        .get("/api/v1/assignments")
                        .then(),
                403);
        given().header("Origin", "http://localhost:5173")
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    void aFormBodyThatDoesNotDecodeIsRefusedWith400() {
        byte[] body = {'L', 'i', 's', 't', '=', '%', (byte) 0xC3, 0x28, '%', 'z'};
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            Answer answer = http.send(new Request(
                    "POST",
                    "/api/v1/unsubscribe/not-a-token",
                    List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
                    body));
            assertThat(answer.status()).as(answer.text()).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        }
    }
}
