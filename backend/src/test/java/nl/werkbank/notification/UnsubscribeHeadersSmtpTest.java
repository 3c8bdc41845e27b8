package nl.werkbank.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.jobalert.JobAlertService;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** C-4, RFC 8058: the unsubscribe headers as a real SMTP server receives them, and the one-click POST they name. */
@QuarkusTest
@TestProfile(OutboxSmtpTest.RealSmtp.class)
class UnsubscribeHeadersSmtpTest {

    @Inject
    OutboxSender sender;

    @Inject
    JobAlertService alerts;

    @Inject
    EntityManager entityManager;

    private GreenMail smtp;

    @BeforeEach
    void start() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("UPDATE outbox_message SET status = 'CANCELLED' WHERE status = 'PENDING'")
                        .executeUpdate());
        smtp = new GreenMail(new ServerSetup(OutboxSmtpTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        TestClock.reset();
        smtp.stop();
    }

    @Test
    void aDigestArrivesWithOneClickHeadersWhosePostUnsubscribes() throws Exception {
        String skill = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        String email = AssignmentFixtures.uniqueEmail("smtp-alert");
        Actor professional = Subscribers.withJobAlertsFor("Sanne Smtp", email, skill);
        Subscribers.publishWithSkill("Via echte SMTP " + skill, skill);
        assertThat(alerts.sendDueDigests()).isPositive();
        MimeMessage digest = deliveredTo(email);
        String[] listUnsubscribe = digest.getHeader("List-Unsubscribe");
        assertThat(listUnsubscribe).hasSize(1);
        assertThat(listUnsubscribe[0])
                .matches("<http://localhost:8080/api/v1/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}>");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String token =
                listUnsubscribe[0].substring(listUnsubscribe[0].lastIndexOf('/') + 1, listUnsubscribe[0].length() - 1);
        assertThat((String) digest.getContent()).contains("unsubscribe#u=" + token);

        String path = URI.create(listUnsubscribe[0].substring(1, listUnsubscribe[0].length() - 1))
                .getPath();
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post(path)
                .then()
                .statusCode(200);
        professional
                .spec()
                .get("/api/v1/me/job-alerts")
                .then()
                .statusCode(200)
                .body("consent", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    @Test
    void serviceMailCarriesNoUnsubscribeHeaders() throws Exception {
        String email = AssignmentFixtures.uniqueEmail("smtp-service");
        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Dienstbericht"), AssignmentFixtures.poster("Piet", email)))
                .isEqualTo(202);
        MimeMessage verification = deliveredTo(email);
        assertThat(verification.getHeader("List-Unsubscribe")).isNull();
        assertThat((String) verification.getContent()).contains("/privacy");
    }

    /**
     * Runs the worker until a message to the address arrived. As in OutboxSmtpTest, the test SMTP
     * server sometimes leaves the first connection after its start unanswered until it times out;
     * that message then waits for its backoff, so a few rounds run past it.
     */
    private MimeMessage deliveredTo(String address) {
        for (int round = 0; round < 3; round++) {
            while (sender.sendDue() > 0) {
                // every batch until nothing more is due
            }
            Optional<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> recipientIs(message, address))
                    .findFirst();
            if (received.isPresent()) {
                return received.get();
            }
            TestClock.advance(Duration.ofHours(1).plusSeconds(1));
        }
        throw new AssertionError("No mail reached " + address);
    }

    private static boolean recipientIs(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
