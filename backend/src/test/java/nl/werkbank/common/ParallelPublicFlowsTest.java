package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AtOnce;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S-4 under concurrency (issue 15): the submission limits hold when many requests arrive at once,
 * and a single-use link is used once however many confirmations race for it.
 */
@QuarkusTest
class ParallelPublicFlowsTest {

    private static final int AT_ONCE = 20;

    @Inject
    SubmissionLimits limits;

    @Inject
    WerkbankConfig config;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    @AfterEach
    void clean() {
        TestClock.reset();
        Mailbox.sendAll();
        mailbox.clear();
    }

    @Test
    void twentyPostingsAtOnceForOneAddressLetExactlyTheLimitThrough() throws Exception {
        String email = AssignmentFixtures.uniqueEmail("tegelijk");
        List<Integer> statuses = AtOnce.times(
                AT_ONCE,
                () -> AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Tegelijk"), AssignmentFixtures.poster("Tegelijk", email)));

        assertThat(Collections.frequency(statuses, 202))
                .isEqualTo(config.submissions().perEmail());
        assertThat(Collections.frequency(statuses, 429))
                .isEqualTo(AT_ONCE - config.submissions().perEmail());
        Mailbox.sendAll();
        assertThat(Mailbox.to(mailbox, email)).hasSize(config.submissions().perEmail());
    }

    @Test
    void attemptsAtOnceFromOneNetworkLetExactlyTheLimitThrough() throws Exception {
        String network = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":7";
        int perIp = config.submissions().perIp();
        int left = 5;
        QuarkusTransaction.requiringNew()
                .run(() -> IntStream.range(0, perIp - left)
                        .forEach(i -> limits.admit(network + "::" + Integer.toHexString(i + 1), uniqueAddress())));

        List<Boolean> admitted = AtOnce.times(AT_ONCE, () -> {
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> limits.admit(
                                network + ":" + Integer.toHexString((int) (Math.random() * 0xffff)) + "::9",
                                uniqueAddress()));
                return true;
            } catch (ProblemException refused) {
                assertThat(refused.status()).isEqualTo(429);
                return false;
            }
        });

        assertThat(Collections.frequency(admitted, true)).isEqualTo(left);
    }

    /** Others posting in a visitor's name from elsewhere cost the visitor mails, not their own posting. */
    @Test
    void postingsInSomeoneElsesNameDoNotLockTheOwnerOut() {
        String victim = AssignmentFixtures.uniqueEmail("slachtoffer");
        String attacker = "2001:db8:bad:" + Integer.toHexString((int) (Math.random() * 0xffff)) + "::1";
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < config.submissions().perEmail(); i++) {
                limits.admit(attacker, victim);
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> QuarkusTransaction.requiringNew().run(() -> limits.admit(attacker, victim)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(429));

        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Van mijzelf"), AssignmentFixtures.poster("Eigenaar", victim)))
                .as("the owner posts from their own network")
                .isEqualTo(202);
    }

    @Test
    void twoConfirmationsAtOnceIssueOneManagementToken() throws Exception {
        String email = AssignmentFixtures.uniqueEmail("dubbel");
        String token = AssignmentFixtures.postAnonymouslyAndReadToken(email);
        mailbox.clear();

        List<Integer> statuses = AtOnce.times(
                AT_ONCE,
                () -> given().contentType(ContentType.JSON)
                        .body(Map.of("token", token))
                        .post("/api/v1/assignment-verifications")
                        .then()
                        .extract()
                        .statusCode());

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 404)).isEqualTo(AT_ONCE - 1);
        Mailbox.sendAll();
        assertThat(Mailbox.to(mailbox, email)).as("one management mail").hasSize(1);
    }

    @Test
    void aResponseLinkConfirmsOnceUnderConcurrency() throws Exception {
        String assignmentId = AssignmentFixtures.publishedAnonymously().id();
        String token = ResponseFixtures.respondAsVisitor(assignmentId);

        List<Integer> statuses = confirmAtOnce("/api/v1/response-verifications", token);

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(statuses).containsOnly(200, 404);
    }

    @Test
    void aJobAlertLinkConfirmsOnceUnderConcurrency() throws Exception {
        String email = AssignmentFixtures.uniqueEmail("alert");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of("skills", List.of("Parallel"))))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        String token = Mailbox.latestTokenSentTo(email);

        List<Integer> statuses = confirmAtOnce("/api/v1/job-alert-confirmations", token);

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(statuses).containsOnly(200, 404);
    }

    private static List<Integer> confirmAtOnce(String path, String token) throws Exception {
        Callable<Integer> confirm = () -> given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(path)
                .then()
                .extract()
                .statusCode();
        return AtOnce.times(AT_ONCE, confirm);
    }

    private static String uniqueAddress() {
        return "parallel." + UUID.randomUUID() + "@example.nl";
    }
}
