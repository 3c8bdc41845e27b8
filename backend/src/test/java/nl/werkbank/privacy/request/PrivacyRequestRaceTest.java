package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AtOnce;
import org.junit.jupiter.api.Test;

/** D-2, D-7: two officers acting on one request at the same instant close it once, with one history. */
@QuarkusTest
class PrivacyRequestRaceTest {

    private static final String QUEUE = "/api/v1/admin/privacy-requests";

    private final Actor officer = Actors.person("Otto Officer", Role.PRIVACY_OFFICER);
    private final Actor colleague = Actors.person("Odile Officer", Role.PRIVACY_OFFICER);

    @Test
    void aCompletionAndARejectionAtOnceCloseTheRequestOnce() throws Exception {
        Actor requester = Actors.professional("Rosa Race");
        String id = requester
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        List<Integer> answered = AtOnce.run(List.of(
                () -> officer.spec()
                        .post(QUEUE + "/" + id + "/completion")
                        .then()
                        .extract()
                        .statusCode(),
                () -> colleague
                        .spec()
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "Geen grond voor bezwaar gevonden."))
                        .post(QUEUE + "/" + id + "/rejection")
                        .then()
                        .extract()
                        .statusCode()));

        assertThat(answered).containsExactlyInAnyOrder(200, 409);
        requester
                .spec()
                .get("/api/v1/me/requests/" + id)
                .then()
                .statusCode(200)
                .body("history.findAll { it.event == 'COMPLETED' || it.event == 'REJECTED' }", hasSize(1));
    }
}
