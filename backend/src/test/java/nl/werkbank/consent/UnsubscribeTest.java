package nl.werkbank.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentMails;
import nl.werkbank.common.Language;
import nl.werkbank.jobalert.JobAlertService;
import nl.werkbank.notification.Outbox;
import nl.werkbank.notification.OutboxMessage;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.Subscribers;
import org.junit.jupiter.api.Test;

/**
 * C-4: the footer of every mail, the signed one-click unsubscribe of consent-based mail, and the
 * consent check at send time.
 */
@QuarkusTest
class UnsubscribeTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    JobAlertService alerts;

    @Inject
    Outbox outbox;

    @Inject
    UnsubscribeLinks links;

    @Test
    void aGetOnlyShowsWhatTheLinkIsAbout() {
        Subscriber subscriber = subscriberWithDigest();

        given().header("Accept-Language", "en")
                .get("/api/v1/unsubscribe/" + subscriber.token())
                .then()
                .statusCode(200)
                .body("purpose", equalTo("job-alerts"))
                .body("purposeName", equalTo("Job alerts"))
                .body("subscribed", equalTo(true));

        assertThat(ConsentHistoryTest.stateOf(subscriber.actor(), "job-alerts")).containsEntry("state", "GRANTED");
    }

    @Test
    void aOneClickPostWithdrawsExactlyThatPurposeAtOnce() {
        Subscriber subscriber = subscriberWithDigest();
        Subscribers.decide(subscriber.actor(), "profiling", "GRANT");

        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/" + subscriber.token())
                .then()
                .statusCode(200)
                .body("subscribed", equalTo(false));
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/" + subscriber.token())
                .then()
                .statusCode(200)
                .body("subscribed", equalTo(false));

        var consents = ConsentHistoryTest.consentsOf(subscriber.actor());
        assertThat(consents.getList("history.items.decision", String.class))
                .as("newest first: the one withdrawal, the profiling grant, the job-alerts grant")
                .containsExactly("WITHDRAWN", "GRANTED", "GRANTED");
        assertThat(consents.getString("history.items[0].channel")).isEqualTo("UNSUBSCRIBE_LINK");
        assertThat(consents.getString("history.items[0].purpose")).isEqualTo("job-alerts");
        assertThat(ConsentHistoryTest.stateOf(subscriber.actor(), "profiling")).containsEntry("state", "GRANTED");
        subscriber
                .actor()
                .spec()
                .get("/api/v1/me/job-alerts")
                .then()
                .body("consent", equalTo("WITHDRAWN"))
                .body("active", equalTo(false));
    }

    @Test
    void aTamperedOrForeignLinkDoesNothingAndSaysSo() {
        Subscriber subscriber = subscriberWithDigest();
        String token = subscriber.token();
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        byte[] bytes = Base64.getUrlDecoder().decode(payload);
        bytes[0] ^= 1;
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "." + signature;
        String foreignKey =
                payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        String forAnErasedSubject = links.token(UUID.randomUUID(), "job-alerts");
        String forAPurposeThatCannotBeRefused = links.token(UUID.randomUUID(), "service-messages");

        for (String bad :
                List.of(otherSubject, foreignKey, forAnErasedSubject, forAPurposeThatCannotBeRefused, "nonsense")) {
            given().contentType(ContentType.URLENC)
                    .formParam("List-Unsubscribe", "One-Click")
                    .post("/api/v1/unsubscribe/" + bad)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("not valid"));
            given().get("/api/v1/unsubscribe/" + bad).then().statusCode(404);
        }
        assertThat(ConsentHistoryTest.stateOf(subscriber.actor(), "job-alerts")).containsEntry("state", "GRANTED");
    }

    @Test
    void aDigestQueuedBeforeAWithdrawalIsCancelled() {
        String skill = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        String email = AssignmentFixtures.uniqueEmail("queued");
        Actor professional = Subscribers.withJobAlertsFor("Quinten Queue", email, skill);
        Subscribers.publishWithSkill("Wacht in de rij " + skill, skill);
        Mailbox.sendAll();
        assertThat(alerts.sendDueDigests()).isPositive();

        Subscribers.decide(professional, "job-alerts", "WITHDRAW");
        Mailbox.sendAll();

        assertThat(Mailbox.to(mailbox, email)).isEmpty();
        OutboxMessage digest = QuarkusTransaction.requiringNew()
                .call(() ->
                        OutboxMessage.<OutboxMessage>find("recipient", email).singleResult());
        assertThat(digest.purpose).isEqualTo("job-alerts");
        assertThat(digest.status).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(digest.lastError).isEqualTo("no current consent for purpose job-alerts");
        assertThat(digest.sentAt).isNull();
    }

    @Test
    void everyMailSaysWhereToSeeCorrectOrDeleteTheDataAndOnlyConsentBasedMailOffersAnUnsubscribe() {
        String address = AssignmentFixtures.uniqueEmail("service");
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.enqueue(new nl.werkbank.notification.Mail(
                        null, address, Language.en, new AssignmentMails.Approved("Opdracht", UUID.randomUUID()))));
        Mailbox.sendAll();
        Mail service = Mailbox.to(mailbox, address).get(0);
        assertThat(service.getText())
                .contains("See, correct or delete your data at Werkbank: http://localhost:5173/privacy")
                .doesNotContain("unsubscribe");
        assertThat(service.getHeaders()).doesNotContainKey("List-Unsubscribe");

        Subscriber subscriber = subscriberWithDigest();
        assertThat(subscriber.digest().getText())
                .contains("Je gegevens bij Werkbank inzien, laten verbeteren of verwijderen")
                .contains("Geen “Opdrachtmeldingen” meer ontvangen? Afmelden met één klik: "
                        + "http://localhost:5173/unsubscribe#u=" + subscriber.token());
        assertThat(subscriber.digest().getHeaders().get("List-Unsubscribe"))
                .containsExactly("<http://localhost:8080/api/v1/unsubscribe/" + subscriber.token() + ">");
        assertThat(subscriber.digest().getHeaders().get("List-Unsubscribe-Post"))
                .containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void theTokenOfTheLinkInTheBodyIsStillTheFirstLinkToken() {
        String address = AssignmentFixtures.uniqueEmail("verify");
        assertThat(AssignmentFixtures.postAnonymously(
                        AssignmentFixtures.assignment("Met voettekst"), AssignmentFixtures.poster("Pim", address)))
                .isEqualTo(202);
        String token = Mailbox.latestTokenSentTo(address);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200);
    }

    record Subscriber(Actor actor, Mail digest, String token) {}

    private Subscriber subscriberWithDigest() {
        String skill = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        String email = AssignmentFixtures.uniqueEmail("unsub");
        Actor professional = Subscribers.withJobAlertsFor("Ulrike Uitschrijf", email, skill);
        Subscribers.publishWithSkill("Opdracht " + skill, skill);
        Mail digest = Subscribers.digestsTo(email).get(0);
        return new Subscriber(professional, digest, Subscribers.unsubscribeTokenIn(digest));
    }
}
