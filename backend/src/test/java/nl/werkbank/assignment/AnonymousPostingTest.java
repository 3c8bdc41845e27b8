package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkbank.common.SubmissionLimits;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.OutboxSender;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A-2, S-4: posting without an account, the e-mail check, the management link and the limits. */
@QuarkusTest
class AnonymousPostingTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender outbox;

    @Inject
    SubmissionLimits limits;

    @Inject
    WerkbankConfig config;

    @BeforeEach
    @AfterEach
    void clean() {
        TestClock.reset();
        outbox.sendDue();
        mailbox.clear();
    }

    private String postAndReadToken(String email) {
        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Interim controller"), AssignmentFixtures.poster("Vera", email)))
                .isEqualTo(202);
        outbox.sendDue();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails).hasSize(1);
        return Mailbox.tokenIn(mails.get(0)).orElseThrow();
    }

    @Test
    void theLinkConfirmsOnceAndHandsOutAManagementToken() {
        String email = AssignmentFixtures.uniqueEmail("vera");
        String token = postAndReadToken(email);
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");

        String manageToken = given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"))
                .extract()
                .path("manageToken");
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        outbox.sendDue();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails).hasSize(2);
        assertThat(Mailbox.tokenIn(mails.get(1))).contains(manageToken);
    }

    @Test
    void theManagementTokenOpensOnlyItsOwnAssignment() {
        Map<String, String> firstResult = verify(postAndReadToken(AssignmentFixtures.uniqueEmail("eerste")));
        Map<String, String> secondResult = verify(postAndReadToken(AssignmentFixtures.uniqueEmail("tweede")));
        String first = firstResult.get("manageToken");
        String firstId = firstResult.get("assignmentId");
        String secondId = secondResult.get("assignmentId");

        given().header("Werkbank-Manage-Token", first)
                .get("/api/v1/managed-assignments/" + firstId)
                .then()
                .statusCode(200)
                .body("poster.emailVerified", equalTo(true));
        given().header("Werkbank-Manage-Token", first)
                .get("/api/v1/managed-assignments/" + secondId)
                .then()
                .statusCode(404);
        given().header("Werkbank-Manage-Token", "x".repeat(43))
                .get("/api/v1/managed-assignments/" + firstId)
                .then()
                .statusCode(404);
        given().get("/api/v1/managed-assignments/" + firstId).then().statusCode(404);
    }

    @Test
    void theLinkExpires() {
        String token = postAndReadToken(AssignmentFixtures.uniqueEmail("laat"));
        TestClock.advance(Duration.ofHours(49));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aGuessedTokenIsRefusedLikeAnyOther() {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(404)
                .body("detail", equalTo("This link is not valid (any more)."));
    }

    @Test
    void theAnswerIsTheSameForEveryAddress() {
        String email = AssignmentFixtures.uniqueEmail("zelfde");
        Set<String> answers = new HashSet<>();
        for (Map<String, Object> poster : List.of(
                AssignmentFixtures.poster("A", email),
                AssignmentFixtures.poster("B", email),
                AssignmentFixtures.poster("C", AssignmentFixtures.uniqueEmail("ander")))) {
            answers.add(given().contentType(ContentType.JSON)
                    .body(Map.of("assignment", AssignmentFixtures.assignment("Zelfde antwoord"), "poster", poster))
                    .post("/api/v1/assignments")
                    .then()
                    .statusCode(202)
                    .extract()
                    .asString());
        }
        assertThat(answers).hasSize(1);
    }

    @Test
    void theHoneypotIsAnsweredButNothingIsStoredOrSent() {
        String email = AssignmentFixtures.uniqueEmail("bot");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "assignment",
                        AssignmentFixtures.assignment("Spam"),
                        "poster",
                        AssignmentFixtures.poster("Bot", email),
                        "website",
                        "http://spam.example"))
                .post("/api/v1/assignments")
                .then()
                .statusCode(202);
        outbox.sendDue();
        assertThat(Mailbox.to(mailbox, email)).isEmpty();
    }

    @Test
    void anAddressCanPostThreeTimesADay() {
        String email = AssignmentFixtures.uniqueEmail("vaak");
        for (int i = 0; i < 3; i++) {
            assertThat(AssignmentFixtures.postAnonymously(
                            AssignmentFixtures.assignment("Nummer " + i), AssignmentFixtures.poster("Vaak", email)))
                    .isEqualTo(202);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "assignment",
                        AssignmentFixtures.assignment("Te veel"),
                        "poster",
                        AssignmentFixtures.poster("Vaak", email)))
                .post("/api/v1/assignments")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header(
                        "Retry-After",
                        equalTo(String.valueOf(Duration.ofHours(24).toSeconds())));
    }

    @Test
    void anIpAddressHasItsLimitToo() {
        String ip = "198.51.100." + (int) (Math.random() * 200);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < config.submissions().perIp(); i++) {
                limits.admit(ip, "ip-limit-" + i + "@example.nl");
            }
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> limits.admit(ip, "one-more@example.nl")))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(429));
    }

    @Test
    void aPosterWithoutAnAccountMustSayWhoTheyAre() {
        given().contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment("Zonder afzender")))
                .post("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("poster"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "assignment",
                        AssignmentFixtures.assignment("Fout adres"),
                        "poster",
                        AssignmentFixtures.poster("X", "geen-adres")))
                .post("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("poster.email"));
    }

    /** Issue 16: the form names what is wrong per field, so the API says which date and why (code range). */
    @Test
    void aNewAssignmentCannotStartOrEndInThePast() {
        Map<String, Object> assignment = AssignmentFixtures.assignment("Gisteren begonnen");
        String twoDaysAgo = LocalDate.now().minusDays(2).toString();
        assignment.put("startDate", twoDaysAgo);
        assignment.put("validThrough", twoDaysAgo);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "assignment",
                        assignment,
                        "poster",
                        AssignmentFixtures.poster("Gisteren", AssignmentFixtures.uniqueEmail("gisteren"))))
                .post("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("assignment.startDate", "assignment.validThrough"))
                .body("errors.code", everyItem(equalTo("range")));
    }

    @Test
    void aProfessionalCannotPost() {
        Actors.professional("Pro")
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment("Niet zo")))
                .post("/api/v1/assignments")
                .then()
                .statusCode(403);
    }

    private static Map<String, String> verify(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }
}
