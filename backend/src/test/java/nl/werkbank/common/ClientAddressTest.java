package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.Test;

/** S-4 behind a load balancer (issue 8): which address a client is limited by. */
@QuarkusTest
class ClientAddressTest {

    @Inject
    SubmissionLimits limits;

    @Inject
    EntityManager entityManager;

    @Inject
    WerkbankConfig config;

    @Test
    void anIpv6ClientIsKnownByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertThat(SubmissionLimits.networkOf("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SubmissionLimits.networkOf("2001:db8:1:2:ffff:ffff:ffff:fffe"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SubmissionLimits.networkOf("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(SubmissionLimits.networkOf("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SubmissionLimits.networkOf("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    /** Two addresses in one /64 share the per-IP limit; the next /64 has its own. */
    @Test
    void twoAddressesInOneSlash64ShareALimit() {
        String prefix = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":"
                + Integer.toHexString((int) (Math.random() * 0xffff));
        int perIp = config.submissions().perIp();
        for (int i = 0; i < perIp; i++) {
            String address = i % 2 == 0 ? prefix + "::1" : prefix + ":ffff:ffff:ffff:fffe";
            admit(address);
        }
        assertThatThrownBy(() -> admit(prefix + "::77"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(429));
        admit(prefix.substring(0, prefix.lastIndexOf(':')) + ":1::1");
    }

    /** The test profile trusts only 192.0.2.1 as a proxy: a forwarded address from any other peer is ignored. */
    @Test
    void aForwardedAddressFromAnUntrustedPeerIsIgnored() {
        String forged = "2001:db8:dead:beef::1";
        long forgedBefore = attempts(forged);
        long peerBefore = attempts("127.0.0.1");
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", forged)
                .header("Forwarded", "for=\"[" + forged + "]\"")
                .body(Map.of(
                        "assignment",
                        AssignmentFixtures.assignment("Doorgestuurd"),
                        "poster",
                        AssignmentFixtures.poster("Proxy", AssignmentFixtures.uniqueEmail("proxy"))))
                .post("/api/v1/assignments")
                .then()
                .statusCode(202);
        assertThat(attempts(forged)).isEqualTo(forgedBefore);
        assertThat(attempts("127.0.0.1")).isEqualTo(peerBefore + 1);
    }

    private void admit(String address) {
        QuarkusTransaction.requiringNew()
                .run(() -> limits.admit(address, "limit." + UUID.randomUUID() + "@example.nl"));
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
