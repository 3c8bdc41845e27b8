package nl.werkbank.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** T-2: a click through from one of our mails is meaningful contact; receiving the mail is not. */
@QuarkusTest
class MailLinkTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailLinks links;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aClickCountsAsMeaningfulContactAndLeadsOnToTheSpa() {
        String skill = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        String email = AssignmentFixtures.uniqueEmail("click");
        Actor professional = Subscribers.withJobAlertsFor("Klaas Klik", email, skill);
        String subjectId =
                professional.spec().get("/api/v1/me").then().extract().path("subjectId");
        String assignment = Subscribers.publishWithSkill("Klikbaar " + skill, skill);
        TestClock.advance(Duration.ofDays(30));
        Instant before = lastContact(subjectId);

        String text = Subscribers.digestsTo(email).get(0).getText();
        assertThat(lastContact(subjectId)).as("receiving a mail is not contact").isEqualTo(before);

        String path = text.substring(text.indexOf("/api/v1/mail-links/")).split("\\s")[0];
        given().redirects()
                .follow(false)
                .get(path)
                .then()
                .statusCode(303)
                .header("Location", "http://localhost:5173/assignments/" + assignment);
        assertThat(lastContact(subjectId)).isAfter(before.plus(Duration.ofDays(29)));
    }

    @Test
    void everyPlainLinkToTheSpaInAMailGoesThroughTheRedirectAndTokenLinksStayAsTheyAre() {
        String email = AssignmentFixtures.uniqueEmail("copy");
        Actor professional = Subscribers.verifiedProfessional("Rita Reactie", email);
        String assignment = AssignmentFixtures.publishedOf(
                Actors.clientOf("Carla Klant", "Klant " + UUID.randomUUID() + " BV", true)
                        .actor());
        ResponseFixtures.respond(professional, assignment, false);
        Mailbox.sendAll();

        String copy = Mailbox.to(mailbox, email).stream()
                .map(io.quarkus.mailer.Mail::getText)
                .filter(text -> text.contains("/api/v1/mail-links/"))
                .findFirst()
                .orElseThrow();
        String body = copy.substring(0, copy.indexOf("\n--"));
        assertThat(body).doesNotContain("localhost:5173/responses");
        String path = body.substring(body.indexOf("/api/v1/mail-links/")).split("\\s")[0];
        given().redirects()
                .follow(false)
                .get(path)
                .then()
                .statusCode(303)
                .header("Location", "http://localhost:5173/responses");

        String token = "abc_DEF-123";
        String withToken = "Bevestig: http://localhost:5173/responses/verify#token=" + token
                + "\nDownload: http://localhost:5173/privacy-request/export?x=1";
        assertThat(links.throughRedirect(UUID.randomUUID(), withToken)).isEqualTo(withToken);
    }

    @Test
    void aChangedLinkLeadsNowhereAndCountsNothing() {
        Actor professional = Subscribers.verifiedProfessional("Tom Tamper", AssignmentFixtures.uniqueEmail("tamper"));
        String link = Subscribers.mailLink(professional, "/assignments");
        String changed = (link.charAt(0) == 'A' ? "B" : "A") + link.substring(1);

        given().redirects()
                .follow(false)
                .get("/api/v1/mail-links/" + changed)
                .then()
                .statusCode(404)
                .body("detail", containsString("not valid"));
    }

    private Instant lastContact(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) entityManager
                .createNativeQuery("SELECT last_meaningful_contact_at FROM subject WHERE id = :id")
                .setParameter("id", UUID.fromString(subjectId))
                .getSingleResult());
    }
}
