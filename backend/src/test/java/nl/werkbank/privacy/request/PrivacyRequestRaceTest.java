package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
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

        List<Integer> answered = atOnce(
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
                        .statusCode());

        assertThat(answered).containsExactlyInAnyOrder(200, 409);
        requester
                .spec()
                .get("/api/v1/me/requests/" + id)
                .then()
                .statusCode(200)
                .body("history.findAll { it.event == 'COMPLETED' || it.event == 'REJECTED' }", hasSize(1));
    }

    @SafeVarargs
    private static List<Integer> atOnce(Callable<Integer>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
