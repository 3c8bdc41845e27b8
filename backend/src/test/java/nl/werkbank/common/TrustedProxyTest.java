package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.Test;

/** S-4 behind a load balancer (issue 8): a configured proxy's X-Forwarded-For names the client. */
@QuarkusTest
@TestProfile(TrustedProxyTest.LoopbackIsTheProxy.class)
class TrustedProxyTest {

    /** The load balancer in front of the service, as an operator configures it. */
    public static class LoopbackIsTheProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Inject
    SubmissionLimits limits;

    @Inject
    EntityManager entityManager;

    @Test
    void theForwardedClientOfATrustedProxyIsLimitedByItsSlash64() {
        String client = "2001:db8:cafe:1:aaaa::5";
        String neighbour = "2001:db8:cafe:1:bbbb::6";
        long before = attempts(neighbour);
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of(
                        "assignment",
                        AssignmentFixtures.assignment("Via de proxy"),
                        "poster",
                        AssignmentFixtures.poster("Proxy", AssignmentFixtures.uniqueEmail("trusted"))))
                .post("/api/v1/assignments")
                .then()
                .statusCode(202);
        assertThat(attempts(neighbour)).as("counted for the client's /64").isEqualTo(before + 1);
    }

    private long attempts(String address) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM submission_attempt WHERE key_kind = 'IP' AND key_hash = :h")
                                .setParameter("h", limits.clientKey(address))
                                .getSingleResult())
                        .longValue());
    }
}
