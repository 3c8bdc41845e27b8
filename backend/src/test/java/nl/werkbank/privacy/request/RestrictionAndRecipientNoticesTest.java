package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentMails;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.notification.MailContent;
import nl.werkbank.notification.Outbox;
import nl.werkbank.notification.OutboxMessage;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * D-5: restriction and its end complete at once; the outbox refuses a restricted subject's mail
 * at send time except about the restriction; the end is announced first. D-6, Art. 19: every
 * recipient in the disclosure log hears of a restriction and of a correction.
 */
@QuarkusTest
class RestrictionAndRecipientNoticesTest {

    private static final String REQUESTS = "/api/v1/me/requests";

    @Inject
    MockMailbox mailbox;

    @Inject
    Outbox outbox;

    @AfterEach
    void sendWhatIsLeft() {
        Mailbox.sendAll();
    }

    /** A professional with an e-mail address and a MEMBERS profile. */
    private record Person(Actor actor, String email, String profileId, UUID subjectId, String name) {}

    private static Person professional() {
        String email = AssignmentFixtures.uniqueEmail("petra");
        String name = "Petra " + UUID.randomUUID().toString().substring(0, 8);
        String oidc = "kc-" + UUID.randomUUID();
        Actor actor = new Actor(oidc, name, Tokens.person(oidc, name, email, "nl", Role.PROFESSIONAL));
        String profileId = Actors.saveProfile(actor, Actors.profileBody(name, "MEMBERS"));
        UUID subjectId = UUID.fromString(
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId"));
        return new Person(actor, email, profileId, subjectId, name);
    }

    @Test
    void aRestrictionHidesTheProfileCancelsMailQueuedBeforeItAndTellsEveryRecipient() {
        Person petra = professional();
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        Client y = Actors.clientOf("Yara Y", "Y Detachering BV", true);
        Client z = Actors.clientOf("Zeno Z", "Z Werving BV", true);
        x.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(200);
        x.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(200);
        y.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(200);
        Mailbox.sendAll();
        UUID queuedBefore = enqueue(petra, new AssignmentMails.Approved("Interim controller", UUID.randomUUID()));

        file(petra, "RESTRICTION")
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"))
                .body("history.event", contains("RECEIVED", "RESTRICTED", "COMPLETED_AUTOMATICALLY"));
        Mailbox.sendAll();

        OutboxMessage cancelled = message(queuedBefore);
        assertThat(cancelled.status).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(cancelled.lastError).isEqualTo(RestrictionSendRule.REFUSAL);
        assertThat(Mailbox.to(mailbox, petra.email()))
                .extracting(Mail::getSubject)
                .containsExactly("Je gegevens zijn beperkt");
        x.spec().get("/api/v1/profiles/" + petra.profileId()).then().statusCode(404);
        x.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(404);

        List<Mail> toX = Mailbox.to(mailbox, emailOf(x));
        List<Mail> toY = Mailbox.to(mailbox, emailOf(y));
        assertThat(toX).hasSize(1);
        assertThat(toY).hasSize(1);
        assertThat(toX.getFirst().getSubject()).contains(petra.name()).containsAnyOf("beperkt", "restricted");
        assertThat(toX.getFirst().getText()).containsAnyOf("contactgegevens", "contact details");
        assertThat(Mailbox.to(mailbox, emailOf(z))).isEmpty();

        assertThat(Actors.privacyOfficer()
                        .spec()
                        .queryParam("subject", petra.subjectId().toString())
                        .queryParam("limit", 100)
                        .get("/api/v1/admin/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.action"))
                .as("D-7: every step and every notice is in the audit log")
                .contains(
                        "PRIVACY_REQUEST_RECEIVED",
                        "SUBJECT_RESTRICTED",
                        "PRIVACY_REQUEST_COMPLETED",
                        "RECIPIENT_NOTIFIED")
                .filteredOn("RECIPIENT_NOTIFIED"::equals)
                .hasSize(2);

        UUID queuedAfter = enqueue(petra, new AssignmentMails.Approved("Interim controller", UUID.randomUUID()));
        Mailbox.sendAll();
        assertThat(message(queuedAfter).status).isEqualTo(OutboxMessage.Status.CANCELLED);
    }

    @Test
    void liftingIsAnnouncedFirstAndThatMailGoesWhileTheRestrictionStillHolds() {
        Person petra = professional();
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        file(petra, "RESTRICTION").then().statusCode(202);
        Mailbox.sendAll();

        UUID ending = enqueue(petra, new PrivacyRequestMails.RestrictionEnding());
        UUID other = enqueue(petra, new AssignmentMails.Approved("Interim controller", UUID.randomUUID()));
        Mailbox.sendAll();
        assertThat(message(ending).status)
                .as("the announcement is allowed while restricted")
                .isEqualTo(OutboxMessage.Status.SENT);
        assertThat(message(other).status).isEqualTo(OutboxMessage.Status.CANCELLED);

        file(petra, "LIFT_RESTRICTION")
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"))
                .body(
                        "history.event",
                        contains(
                                "RECEIVED",
                                "RESTRICTION_LIFT_ANNOUNCED",
                                "RESTRICTION_LIFTED",
                                "COMPLETED_AUTOMATICALLY"));
        Mailbox.sendAll();
        assertThat(Mailbox.to(mailbox, petra.email()))
                .extracting(Mail::getSubject)
                .containsSubsequence("Je gegevens zijn beperkt", "De beperking van je gegevens stopt");
        x.spec().get("/api/v1/profiles/" + petra.profileId()).then().statusCode(200);

        file(petra, "LIFT_RESTRICTION")
                .then()
                .statusCode(202)
                .body("history.event", contains("RECEIVED", "NOT_RESTRICTED", "COMPLETED_AUTOMATICALLY"));
    }

    @Test
    void aRestrictedRespondentsResponseDisappearsFromThePostersListUntilTheRestrictionEnds() {
        Person petra = professional();
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(x.actor());
        String response = ResponseFixtures.respond(petra.actor(), assignment, false);
        String list = "/api/v1/managed-assignments/" + assignment + "/responses";
        x.spec().get(list).then().statusCode(200).body("items.id", contains(response));

        file(petra, "RESTRICTION").then().statusCode(202);
        x.spec().get(list).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        x.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW"))
                .post(list + "/" + response + "/status")
                .then()
                .statusCode(404);

        file(petra, "LIFT_RESTRICTION").then().statusCode(202);
        x.spec().get(list).then().statusCode(200).body("items.id", contains(response));
    }

    @Test
    void anAssignmentWhosePosterIsRestrictedTakesNoResponsesTheyCouldNeverReceive() {
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(x.actor());
        x.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "RESTRICTION"))
                .post(REQUESTS)
                .then()
                .statusCode(202);

        ResponseFixtures.asResponse(
                        io.restassured.RestAssured.given(),
                        ResponseFixtures.visitorResponse(assignment, AssignmentFixtures.uniqueEmail("visitor")))
                .post("/api/v1/assignments/" + assignment + "/responses")
                .then()
                .statusCode(409);

        x.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "LIFT_RESTRICTION"))
                .post(REQUESTS)
                .then()
                .statusCode(202);
        ResponseFixtures.asResponse(
                        io.restassured.RestAssured.given(),
                        ResponseFixtures.visitorResponse(assignment, AssignmentFixtures.uniqueEmail("visitor")))
                .post("/api/v1/assignments/" + assignment + "/responses")
                .then()
                .statusCode(202);
    }

    @Test
    void aProfileMadeDuringARestrictionIsRestrictedFromTheStart() {
        String email = AssignmentFixtures.uniqueEmail("late");
        String oidc = "kc-" + UUID.randomUUID();
        Actor late = new Actor(oidc, "Lotte Laat", Tokens.person(oidc, "Lotte Laat", email, "nl", Role.PROFESSIONAL));
        late.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "RESTRICTION"))
                .post(REQUESTS)
                .then()
                .statusCode(202);

        String profileId = Actors.saveProfile(late, Actors.profileBody("Lotte Laat", "MEMBERS"));

        Actors.clientOf("Xander X", "X Interim BV", true)
                .spec()
                .get("/api/v1/profiles/" + profileId)
                .then()
                .statusCode(404);
        late.spec().get("/api/v1/me/profile").then().statusCode(200).body("restricted", equalTo(true));
    }

    @Test
    void aCorrectionCompletedByThePrivacyOfficerIsToldToEveryRecipientOnce() {
        Person petra = professional();
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        Client y = Actors.clientOf("Yara Y", "Y Detachering BV", true);
        x.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(200);
        y.spec()
                .post("/api/v1/profiles/" + petra.profileId() + "/contact")
                .then()
                .statusCode(200);
        Mailbox.sendAll();

        String id = petra.actor()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "RECTIFICATION", "details", "Mijn telefoonnummer klopt niet."))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .body("status", equalTo("IN_PROGRESS"))
                .extract()
                .path("id");
        assertThat(Mailbox.to(mailbox, emailOf(x))).isEmpty();

        Actors.person("Olga Officer", Role.PRIVACY_OFFICER)
                .spec()
                .post("/api/v1/admin/privacy-requests/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("request.status", equalTo("COMPLETED"))
                .body("request.history.event", hasItem("RECIPIENTS_TOLD_OF_CORRECTION"));
        Mailbox.sendAll();

        for (Client recipient : List.of(x, y)) {
            List<Mail> notices = Mailbox.to(mailbox, emailOf(recipient));
            assertThat(notices).hasSize(1);
            assertThat(notices.getFirst().getSubject())
                    .contains(petra.name())
                    .containsAnyOf("gecorrigeerd", "corrected");
        }
        assertThat(Mailbox.to(mailbox, petra.email())).isEmpty();
    }

    private static io.restassured.response.Response file(Person person, String type) {
        return person.actor()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", type))
                .post(REQUESTS);
    }

    private UUID enqueue(Person person, MailContent content) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(
                        new nl.werkbank.notification.Mail(person.subjectId(), person.email(), Language.nl, content)));
    }

    private static OutboxMessage message(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id));
    }

    private static String emailOf(Client client) {
        return client.spec().get("/api/v1/me").then().statusCode(200).extract().path("email");
    }
}
