package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.ResponseFixtures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * S-4 (issue 15): a form on another site cannot post, respond or confirm in a visitor's browser.
 * Sent with a plain HTTP client, so nothing adds {@value CrossSiteRequestCheck#HEADER} unasked.
 */
@QuarkusTest
class CrossSiteRequestTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    List<String> spaOrigins;

    @Test
    void anAnonymousPostingWithoutTheHeaderIsRefusedAndWithItAccepted() throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "assignment",
                AssignmentFixtures.assignment("Van elders"),
                "poster",
                AssignmentFixtures.poster("Elders", AssignmentFixtures.uniqueEmail("elders"))));

        HttpResponse<String> refused = send(post("/api/v1/assignments", "application/json", body));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains(CrossSiteRequestCheck.HEADER);

        HttpResponse<String> accepted = send(
                post("/api/v1/assignments", "application/json", body).header(CrossSiteRequestCheck.HEADER, "werkbank"));
        assertThat(accepted.statusCode()).isEqualTo(202);
    }

    /**
     * What a cross-site HTML form can send: multipart, url-encoded, text/plain. None gets in: an
     * operation reading multipart answers 403, one reading JSON refuses the form's type (415).
     */
    @Test
    void formsFromOtherSitesAreRefusedWhateverTheirEncoding() throws Exception {
        String assignmentId = AssignmentFixtures.publishedAnonymously().id();
        String boundary = "----form" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"response\"; filename=\"response.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + JSON.writeValueAsString(
                        ResponseFixtures.visitorResponse(assignmentId, AssignmentFixtures.uniqueEmail("formulier")))
                + "\r\n--" + boundary + "--\r\n";
        String responses = "/api/v1/assignments/" + assignmentId + "/responses";

        assertThat(send(post(responses, "multipart/form-data; boundary=" + boundary, multipart))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(post("/api/v1/assignment-verifications", "application/x-www-form-urlencoded", "token=x"))
                        .statusCode())
                .as("an operation that reads JSON refuses the form's type before anything runs")
                .isIn(403, 415);
        assertThat(send(post("/api/v1/job-alerts", "text/plain", "{}")).statusCode())
                .isIn(403, 415);
        assertThat(send(post(responses, "multipart/form-data; boundary=" + boundary, multipart)
                                .header(CrossSiteRequestCheck.HEADER, "werkbank"))
                        .statusCode())
                .isEqualTo(202);
    }

    @Test
    void aRequestWithABearerTokenNeedsNoHeader() throws Exception {
        Actors.Client client = Actors.clientOf("Bram Bearer", "Bearer BV", true);
        String body = JSON.writeValueAsString(Map.of("assignment", AssignmentFixtures.assignment("Met token")));
        HttpResponse<String> answer = send(post("/api/v1/assignments", "application/json", body)
                .header("Authorization", "Bearer " + client.actor().token()));
        assertThat(answer.statusCode()).isEqualTo(201);
    }

    /** RFC 8058: mail providers post the one-click form themselves; the signed link decides. */
    @Test
    void oneClickUnsubscribeStaysOpenToForms() throws Exception {
        HttpResponse<String> answer = send(post(
                "/api/v1/unsubscribe/not-a-signed-link",
                "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click"));
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    /** A script on another origin would need a preflight to add the header; only the SPA's origin passes it. */
    @Test
    void onlyTheSpasOriginMaySendTheHeaderFromAScript() throws Exception {
        HttpResponse<String> foreign = send(preflight("https://evil.example"));
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        String spa = spaOrigins.get(0);
        HttpResponse<String> own = send(preflight(spa));
        assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).contains(spa);
        assertThat(own.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("x-requested-with"));
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/assignments"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-requested-with")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
