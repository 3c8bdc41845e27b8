package nl.werkbank.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkbank.assignment.AssignmentMails;
import nl.werkbank.common.Language;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S-3 through a real SMTP server (GreenMail): an outage delays mail and loses none, a crash
 * between sending and marking resends the same Message-ID, two workers never send one message twice.
 */
@QuarkusTest
@TestProfile(OutboxSmtpTest.RealSmtp.class)
class OutboxSmtpTest {

    static final int SMTP_PORT = freePort();
    private static final int MAX_ROUNDS = 3;
    /** Longer than the longest backoff, so every failed message is due again. */
    private static final Duration ROUND = Duration.ofHours(1).plusSeconds(1);

    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(SMTP_PORT),
                    "quarkus.mailer.start-tls", "DISABLED");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxService outboxService;

    private GreenMail smtp;

    @BeforeEach
    void drainAndStop() {
        TestClock.reset();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("UPDATE outbox_message SET status = 'CANCELLED' WHERE status = 'PENDING'")
                        .executeUpdate());
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        TestClock.reset();
        smtp.stop();
    }

    private List<String> enqueue(int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String recipient = "smtp-" + UUID.randomUUID() + "@example.nl";
                outbox.enqueue(new Mail(
                        null,
                        recipient,
                        Language.en,
                        new AssignmentMails.Approved("Opdracht " + i, UUID.randomUUID())));
                recipients.add(recipient);
            }
            return recipients;
        });
    }

    @Test
    void anOutageDelaysMailAndLosesNone() throws Exception {
        List<String> recipients = enqueue(3);

        assertThat(sender.sendDue()).isZero();
        assertThat(stored("attempts", recipients)).containsOnly("1");
        assertThat(stored("status", recipients)).containsOnly("PENDING");

        smtp.start();
        assertThat(sender.sendDue()).as("the retry waits for its backoff").isZero();
        TestClock.advance(Duration.ofSeconds(31));
        assertThat(sendUntilDone(3)).isEqualTo(3);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            messageIds.add(message.getHeader("Message-ID")[0]);
        }
        assertThat(messageIds).hasSize(3).containsExactlyInAnyOrderElementsOf(stored("message_id", recipients));
        assertThat(stored("status", recipients)).containsOnly("SENT");
    }

    /** The whole path of a response while SMTP is down: every request is accepted, no mail is lost. */
    @Test
    void responsesAreAcceptedWhileSmtpIsDownAndTheirMailArrivesLater() throws Exception {
        String posterEmail = AssignmentFixtures.uniqueEmail("poster");
        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Tijdens storing"),
                        AssignmentFixtures.poster("Paula", posterEmail)))
                .isEqualTo(202);
        assertThat(sender.sendDue()).isZero();
        String token = tokenInQueuedMailTo(posterEmail);
        String assignmentId = given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .extract()
                .path("assignmentId");
        Actors.admin()
                .spec()
                .post("/api/v1/managed-assignments/" + assignmentId + "/approve")
                .then()
                .statusCode(200);
        String questionId = given().get("/api/v1/assignments/" + assignmentId)
                .then()
                .extract()
                .path("questions[0].id");

        Actors.Actor professional = Actors.professional("Rik Respondent");
        Map<String, Object> profile = Actors.profileBody("Rik Respondent", "HIDDEN");
        String respondentEmail = AssignmentFixtures.uniqueEmail("rik");
        profile.put("contact", Map.of("email", respondentEmail));
        Actors.saveProfile(professional, profile);
        professional
                .spec()
                .multiPart(
                        "response",
                        "response.json",
                        "{\"motivation\":\"Graag\",\"answers\":[{\"questionId\":\"" + questionId
                                + "\",\"value\":\"yes\"}]}",
                        "application/json")
                .multiPart("cv", "cv.pdf", nl.werkbank.testing.Files.pdf("storing"), "application/pdf")
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);

        assertThat(sender.sendDue()).isZero();
        smtp.start();
        TestClock.advance(Duration.ofMinutes(5));
        assertThat(sendUntilDone(5)).isEqualTo(5);

        List<String> posterMail = new ArrayList<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            messageIds.add(message.getHeader("Message-ID")[0]);
            if (message.getAllRecipients()[0].toString().equals(posterEmail)) {
                posterMail.add(message.getSubject());
            }
        }
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(messageIds).hasSize(5);
        assertThat(posterMail).hasSize(4).anyMatch(subject -> subject.contains("Rik Respondent"));
        assertThat(smtp.getReceivedMessagesForDomain(respondentEmail)).hasSize(1);
    }

    private String tokenInQueuedMailTo(String recipient) {
        String body = (String) entityManager
                .createNativeQuery("SELECT body_text FROM outbox_message WHERE recipient = :r")
                .setParameter("r", recipient)
                .getSingleResult();
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("#token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void anOperatorSeesTheRetriesMaskedAndAsMetrics() {
        List<String> recipients = enqueue(2);
        sender.sendDue();
        outboxService.refreshMetrics();

        io.restassured.path.json.JsonPath page = nl.werkbank.testing.Actors.admin()
                .spec()
                .queryParam("status", "PENDING")
                .get("/api/v1/admin/outbox")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("items.attempts", Integer.class)).contains(1);
        assertThat(page.getString("items[0].lastError")).contains("Connection refused");
        assertThat(page.getString("items[0].recipient")).matches("s\\*\\*\\*@example\\.nl");
        assertThat(page.prettify()).doesNotContain(recipients.get(0)).doesNotContain(recipients.get(1));
        nl.werkbank.testing.Actors.professional("Geen beheerder")
                .spec()
                .get("/api/v1/admin/outbox")
                .then()
                .statusCode(403);

        String metrics = io.restassured.RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .containsPattern("werkbank_outbox_retrying\\S* 2\\.0")
                .containsPattern("werkbank_outbox_pending\\S* 2\\.0");
    }

    @Test
    void aCrashBetweenSendingAndMarkingResendsTheSameMessageId() throws MessagingException {
        smtp.start();
        List<String> recipients = enqueue(1);

        for (int attempt = 0; attempt < MAX_ROUNDS && smtp.getReceivedMessages().length == 0; attempt++) {
            TestClock.advance(ROUND);
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                        sender.sendDue();
                        throw new IllegalStateException("the instance dies before the commit");
                    }))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(smtp.getReceivedMessages()).as("sent before the crash").hasSize(1);
        assertThat(stored("status", recipients)).containsOnly("PENDING");

        assertThat(sendUntilDone(1)).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getHeader("Message-ID")[0])
                .isEqualTo(received[1].getHeader("Message-ID")[0])
                .isEqualTo(stored("message_id", recipients).get(0));
    }

    @Test
    void twoWorkersNeverSendTheSameMessage() throws Exception {
        smtp.start();
        List<String> recipients = enqueue(20);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(sender::sendDue, sender::sendDue);
            int sent = 0;
            for (Future<Integer> run : workers.invokeAll(runs)) {
                sent += run.get();
            }
            assertThat(sent + sendUntilDone(20 - sent)).isEqualTo(20);
        } finally {
            workers.shutdown();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(20);
        assertThat(stored("status", recipients)).containsOnly("SENT");
    }

    /**
     * S-3 promises delivery, not delivery on the first attempt: the test SMTP server sometimes
     * leaves the first connection after its start unanswered until its 30-second timeout, and
     * that message then waits for its backoff. Runs the worker, past each backoff, until
     * {@code expected} messages went out or a few rounds passed; returns how many were sent.
     */
    private int sendUntilDone(int expected) {
        int sent = sender.sendDue();
        for (int round = 1; round < MAX_ROUNDS && sent < expected; round++) {
            TestClock.advance(ROUND);
            sent += sender.sendDue();
        }
        return sent;
    }

    private List<String> stored(String column, List<String> recipients) {
        List<String> values = new ArrayList<>();
        for (String recipient : recipients) {
            values.add(String.valueOf(entityManager
                    .createNativeQuery(
                            "SELECT CAST(" + column + " AS varchar) FROM outbox_message WHERE recipient = :r")
                    .setParameter("r", recipient)
                    .getSingleResult()));
        }
        return values;
    }

    /**
     * A free port below Linux' ephemeral range (32768 and up): while the server is down, a port in
     * that range can be taken by an outgoing connection, or even connect to itself. Quarkus loads
     * this class twice (profile and test): a system property makes both see one port.
     */
    private static synchronized int freePort() {
        String chosen = System.getProperty("outbox-smtp-test.port");
        if (chosen == null) {
            java.util.Random random = new java.util.Random();
            for (int attempt = 0; attempt < 100 && chosen == null; attempt++) {
                int candidate = 20_000 + random.nextInt(10_000);
                if (isFree(candidate)) {
                    chosen = String.valueOf(candidate);
                }
            }
            if (chosen == null) {
                throw new UncheckedIOException(new IOException("no free port between 20000 and 30000"));
            }
            System.setProperty("outbox-smtp-test.port", chosen);
        }
        return Integer.parseInt(chosen);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.isBound();
        } catch (IOException taken) {
            return false;
        }
    }
}
