package nl.werkbank.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkbank.common.Role;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * F-5 across instances. The second instance is a second {@link FeedRateLimiter} with its own
 * connections (its own PostgreSQL data source, not the application's pool), counting against the
 * same database as the application answering over HTTP: the two share nothing but the database,
 * which is what two backend processes behind a load balancer share.
 */
@QuarkusTest
class FeedRateLimitTest {

    private static final String LIMITED = "limited-board";

    @Inject
    WerkbankConfig config;

    @Inject
    Clock clock;

    @Inject
    FeedRateLimiter applicationLimiter;

    @Inject
    EntityManager entityManager;

    private FeedRateLimiter otherInstance;

    @BeforeEach
    void setUp() {
        PGSimpleDataSource otherPool = new PGSimpleDataSource();
        otherPool.setURL(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        otherPool.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        otherPool.setPassword(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(""));
        otherInstance = new FeedRateLimiter(otherPool, config, clock);
        // Start at the beginning of a fresh minute so the window cannot roll over mid-test.
        Instant now = clock.instant();
        TestClock.advance(
                Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)))
                        .plusSeconds(1));
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    private static Response pull(String token) {
        return given().auth().oauth2(token).get("/api/v1/feed/assignments");
    }

    @Test
    void theLimitHoldsAcrossTwoInstancesSharingOneDatabase() {
        String token = Tokens.service(LIMITED, Role.FEED_READER);
        assertThat(otherInstance.limitOf(new FeedClient(LIMITED))).isEqualTo(5);

        pull(token).then().statusCode(200);
        otherInstance.admit(new FeedClient(LIMITED));
        pull(token).then().statusCode(200);
        otherInstance.admit(new FeedClient(LIMITED));
        pull(token).then().statusCode(200);

        Response refused = pull(token);
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThatThrownBy(() -> otherInstance.admit(new FeedClient(LIMITED)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isPresent();
                });
        given().auth().oauth2(token).get("/api/v1/feed/assignments.xml").then().statusCode(429);

        // Another board has its own budget; the next minute gives this one a new one.
        pull(Tokens.service("other-board", Role.FEED_READER)).then().statusCode(200);
        TestClock.advance(Duration.ofMinutes(1));
        pull(token).then().statusCode(200);
    }

    @Test
    void concurrentRequestsOfTwoInstancesAreCountedExactly() throws Exception {
        FeedClient client = new FeedClient("concurrent-board-" + UUID.randomUUID());
        int perInstance = 200;
        assertThat(applicationLimiter.limitOf(client)).isGreaterThan(2 * perInstance);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < perInstance; i++) {
                calls.add(threads.submit(() -> applicationLimiter.admit(client)));
                calls.add(threads.submit(() -> otherInstance.admit(client)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdown();
        }
        int counted = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT sum(requests) FROM feed_rate_window WHERE client_id = :c")
                                .setParameter("c", client.clientId())
                                .getSingleResult())
                        .intValue());
        assertThat(counted).as("no increment lost between the instances").isEqualTo(2 * perInstance);
    }
}
