package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.CapturedLog;
import nl.werkbank.testing.Files;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches the log (issue 15, S-7): the main flows run with canary values
 * (names, e-mail addresses, phone numbers, CV text, the client's IP address) and everything the
 * application logs meanwhile, at DEBUG for our own code, is searched for them. Mail goes out through
 * a real SMTP server (GreenMail), as in production: the test profile's mock mailer writes every
 * message into the log by design, so it is switched off here. Forwarded addresses are trusted from
 * the loopback test client, so the canary IP address is the one the rate limits see.
 */
@QuarkusTest
@TestProfile(LogCanaryTest.RealSmtpAndForwardedAddresses.class)
class LogCanaryTest {

    static final int SMTP_PORT = freePort();
    /** The link's token in the raw message, whose text parts are quoted-printable ({@code =} is {@code =3D}). */
    private static final Pattern TOKEN = Pattern.compile("#token=(?:3D)?([A-Za-z0-9_-]+)");

    public static class RealSmtpAndForwardedAddresses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(SMTP_PORT),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]");
        }
    }

    /** The port the application sends to, as it resolved it (the profile is built in another class loader). */
    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> canaries = new ArrayList<>();
    private GreenMail smtp;
    private CapturedLog log;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        log = CapturedLog.start();
    }

    @AfterEach
    void stop() {
        log.stop();
        smtp.stop();
    }

    /** A value that occurs nowhere but where this test puts it. */
    private String canary(String value) {
        canaries.add(value);
        return value;
    }

    private String email(String who) {
        return canary(who + ".canary" + run + "@example.nl");
    }

    /** A request from the given client address (the test client is a trusted proxy here). */
    private static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }

    private String tokenMailedTo(String address) {
        Mailbox.sendAll();
        String token = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().contains(address)) {
                        Matcher link =
                                TOKEN.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
                        if (link.find()) {
                            token = link.group(1);
                        }
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder debug = new StringBuilder();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            debug.append(GreenMailUtil.getWholeMessage(m)).append("\n-----\n");
        }
        assertThat(token).as("a link mailed to " + address + debug).isNotNull();
        return token;
    }

    @Test
    void theMainFlowsLogNoPersonalData() {
        String ip = canary("203.0.113." + (10 + Math.abs(run.hashCode() % 200)));

        // sign-up and profile, with a CV
        String professionalName = canary("Kanarie" + run + " Profielhouder");
        String professionalEmail = email("pro");
        String subject = "kc-" + UUID.randomUUID();
        Actor professional = new Actor(
                subject,
                professionalName,
                Tokens.person(subject, professionalName, professionalEmail, "nl", Role.PROFESSIONAL));
        Map<String, Object> profile = Actors.profileBody(professionalName, "MEMBERS");
        profile.put(
                "contact",
                Map.of("email", professionalEmail, "phone", canary("+31 6 7" + run.hashCode() % 1000 + " 4321")));
        Actors.saveProfile(professional, profile);
        Actors.uploadCv(professional, canary("CvTekst" + run + "Profiel"));

        // an anonymous posting, confirmed by e-mail, approved
        String posterEmail = email("poster");
        Map<String, Object> poster = Map.of(
                "name", canary("Kanarie" + run + " Plaatser"),
                "organisation", canary("Kanarie" + run + " Organisatie"),
                "email", posterEmail,
                "phone", canary("+31 30 9" + run.hashCode() % 1000 + " 5555"));
        from(ip).contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment("Interim canary"), "poster", poster))
                .post("/api/v1/assignments")
                .then()
                .statusCode(202);
        var confirmed = from(ip).contentType(ContentType.JSON)
                .body(Map.of("token", tokenMailedTo(posterEmail)))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String assignmentId = confirmed.getString("assignmentId");
        Actors.admin()
                .spec()
                .post("/api/v1/managed-assignments/" + assignmentId + "/approve")
                .then()
                .statusCode(200);

        // a visitor's response with a CV, confirmed by e-mail; the professional's with the profile CV
        String visitorEmail = email("visitor");
        Map<String, Object> visitor = ResponseFixtures.validResponse(assignmentId);
        visitor.put("motivation", canary("Motivatie" + run + " van de bezoeker"));
        visitor.put(
                "respondent",
                Map.of(
                        "name", canary("Kanarie" + run + " Bezoeker"),
                        "email", visitorEmail,
                        "phone", canary("+31 6 5" + run.hashCode() % 1000 + " 7777")));
        ResponseFixtures.asResponse(from(ip), visitor)
                .multiPart("cv", "cv.pdf", Files.pdf(canary("CvTekst" + run + "Bezoeker")), "application/pdf")
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        from(ip).contentType(ContentType.JSON)
                .body(Map.of("token", tokenMailedTo(visitorEmail)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);
        ResponseFixtures.respond(professional, assignmentId, true);

        // privacy requests: by e-mail without an account, and an access export with an account
        from(ip).contentType(ContentType.JSON)
                .body(Map.of("email", visitorEmail, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(202);
        from(ip).contentType(ContentType.JSON)
                .body(Map.of("token", tokenMailedTo(visitorEmail)))
                .post("/api/v1/privacy-requests/confirmation")
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202);

        // erasure of the professional's account, and the mail it causes
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202);
        Mailbox.sendAll();

        assertThat(smtp.getReceivedMessages()).as("mail went out through SMTP").hasSizeGreaterThanOrEqualTo(4);

        // the mail server is down: the failed attempt is logged, without the recipient
        smtp.stop();
        from(ip).contentType(ContentType.JSON)
                .body(Map.of("email", posterEmail, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(202);
        Mailbox.sendAll();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // GreenMail runs in this JVM and logs each mailbox it creates: the test's mail server, not the application
        List<String> lines = log.lines().stream()
                .filter(line -> !line.startsWith("com.icegreen."))
                .toList();
        assertThat(lines)
                .as("the application logged while the flows ran: the failed send")
                .anyMatch(line -> line.startsWith("nl.werkbank.notification.OutboxSender"));
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String value : canaries) {
                if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(value + " in: " + line);
                }
            }
        }
        assertThat(leaks).as("personal data in the log").isEmpty();
    }
}
