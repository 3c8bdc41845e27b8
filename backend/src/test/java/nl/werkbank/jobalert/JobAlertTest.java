package nl.werkbank.jobalert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A-5, C-1, C-6: saved searches, double opt-in for visitors, digests at most daily, ranking only with consent. */
@QuarkusTest
class JobAlertTest {

    @Inject
    JobAlertService alerts;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aMatchingPublicationIsMailedInADigestAndOthersAreNot() {
        String skill = uniqueSkill();
        String email = AssignmentFixtures.uniqueEmail("alert");
        Subscribers.withJobAlertsFor("Anouk Alert", email, skill);

        String matching = Subscribers.publishWithSkill("Interim adviseur " + skill, skill);
        Subscribers.publishWithSkill("Andere opdracht", uniqueSkill());

        List<Mail> digests = Subscribers.digestsTo(email);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getText())
                .contains("Interim adviseur " + skill)
                .doesNotContain("Andere opdracht");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080(/api/v1/mail-links/\\S+)")
                .matcher(digests.get(0).getText());
        assertThat(link.find()).isTrue();
        given().redirects()
                .follow(false)
                .get(link.group(1))
                .then()
                .statusCode(303)
                .header("Location", "http://localhost:5173/assignments/" + matching);
    }

    @Test
    void atMostOneDigestADay() {
        String skill = uniqueSkill();
        String email = AssignmentFixtures.uniqueEmail("daily");
        Subscribers.withJobAlertsFor("Daan Dagelijks", email, skill);
        Subscribers.publishWithSkill("Eerste " + skill, skill);
        assertThat(Subscribers.digestsTo(email)).hasSize(1);

        Subscribers.publishWithSkill("Tweede " + skill, skill);
        assertThat(Subscribers.digestsTo(email)).as("within the day").hasSize(1);

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        List<Mail> digests = Subscribers.digestsTo(email);
        assertThat(digests).hasSize(2);
        assertThat(digests.get(1).getText()).contains("Tweede " + skill).doesNotContain("Eerste " + skill);
    }

    @Test
    void withoutConsentTheCriteriaAreKeptButNothingIsMailed() {
        String skill = uniqueSkill();
        String email = AssignmentFixtures.uniqueEmail("noconsent");
        Actor professional = Subscribers.verifiedProfessional("Nadia Nee", email);
        Subscribers.saveJobAlert(professional, Map.of("skills", List.of(skill), "region", "35"));
        professional
                .spec()
                .get("/api/v1/me/job-alerts")
                .then()
                .statusCode(200)
                .body("criteria.skills[0]", equalTo(skill))
                .body("criteria.region", equalTo("35"))
                .body("consent", nullValue())
                .body("email", equalTo(email))
                .body("active", equalTo(false));

        Subscribers.publishWithSkill("Zonder toestemming", skill);

        assertThat(Subscribers.digestsTo(email)).isEmpty();
    }

    @Test
    void theAlertIsActiveOnlyWithConsentAndAVerifiedAddress() {
        Actor unverified = Actors.professional("Ursula Onbevestigd");
        Subscribers.saveJobAlert(unverified, Map.of());
        unverified.spec().get("/api/v1/me/job-alerts").then().statusCode(200).body("active", equalTo(false));

        Actor verified = Subscribers.withJobAlertsFor(
                "Victor Verified", AssignmentFixtures.uniqueEmail("victor"), uniqueSkill());
        verified.spec()
                .get("/api/v1/me/job-alerts")
                .then()
                .statusCode(200)
                .body("consent", equalTo("GRANTED"))
                .body("active", equalTo(true));
    }

    @Test
    void switchingJobAlertsOnWithoutASavedSearchAlertsOnEveryNewAssignment() {
        String email = AssignmentFixtures.uniqueEmail("everything");
        Actor professional = Subscribers.verifiedProfessional("Ella Elke", email);
        Subscribers.publishWithSkill("Gepubliceerd voor het aanzetten", uniqueSkill());

        Subscribers.decide(professional, "job-alerts", "GRANT");
        professional
                .spec()
                .get("/api/v1/me/job-alerts")
                .then()
                .statusCode(200)
                .body("consent", equalTo("GRANTED"))
                .body("criteria.skills", equalTo(List.of()))
                .body("criteria.text", nullValue())
                .body("active", equalTo(true));
        String title = "Elke opdracht " + uniqueSkill();
        Subscribers.publishWithSkill(title, uniqueSkill());

        List<Mail> digests = Subscribers.digestsTo(email);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getText()).contains(title).doesNotContain("Gepubliceerd voor het aanzetten");
    }

    @Test
    void invalidCriteriaAreFieldErrors() {
        Actors.professional("Ivo Invalid")
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("region", "Utrecht", "remote", "SOMETIMES"))
                .put("/api/v1/me/job-alerts")
                .then()
                .statusCode(400);
    }

    @Test
    void aVisitorReceivesNothingBeforeConfirmingAndTheDigestAfter() {
        String skill = uniqueSkill();
        String email = AssignmentFixtures.uniqueEmail("visitor");
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("email", email, "criteria", Map.of("skills", List.of(skill))))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202)
                .body("confirmationMailed", equalTo(true));
        Subscribers.publishWithSkill("Voor bevestiging " + skill, skill);
        assertThat(Subscribers.digestsTo(email))
                .as("double opt-in: nothing before confirming")
                .isEmpty();

        String token = Mailbox.latestTokenSentTo(email);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/job-alert-confirmations")
                .then()
                .statusCode(200)
                .body("criteria.skills[0]", equalTo(skill));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/job-alert-confirmations")
                .then()
                .statusCode(404);

        Subscribers.publishWithSkill("Na bevestiging " + skill, skill);
        List<Mail> digests = Subscribers.digestsTo(email);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getSubject()).isEqualTo("New assignments for your saved search");
        assertThat(digests.get(0).getText())
                .contains("Na bevestiging " + skill)
                .doesNotContain("Voor bevestiging")
                .contains("Unsubscribe in one click");
    }

    @Test
    void aVisitorWhoUnsubscribesLeavesNoAddressBehind() {
        String skill = uniqueSkill();
        String email = AssignmentFixtures.uniqueEmail("leaver");
        subscribeAndConfirm(email, skill);
        Subscribers.publishWithSkill("Eenmalig " + skill, skill);
        Mail digest = Subscribers.digestsTo(email).get(0);

        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/" + Subscribers.unsubscribeTokenIn(digest))
                .then()
                .statusCode(200)
                .body("subscribed", equalTo(false));

        assertThat(addressesStored(email)).isZero();
        TestClock.advance(Duration.ofDays(2));
        Subscribers.publishWithSkill("Daarna " + skill, skill);
        assertThat(Subscribers.digestsTo(email)).hasSize(1);
    }

    @Test
    void aVisitorLinkThatIsNotOursOrExpiredConfirmsNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "x".repeat(43)))
                .post("/api/v1/job-alert-confirmations")
                .then()
                .statusCode(404);
        String email = AssignmentFixtures.uniqueEmail("late");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        String token = Mailbox.latestTokenSentTo(email);
        TestClock.advance(Duration.ofHours(49));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/job-alert-confirmations")
                .then()
                .statusCode(404);
    }

    /** T-1: an address that was never confirmed is gone after 7 days, with its subject. */
    @Test
    void anUnconfirmedVisitorIsForgottenAfterAWeek() {
        String email = AssignmentFixtures.uniqueEmail("unconfirmed");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        assertThat(addressesStored(email)).isOne();

        Retention.run();
        assertThat(addressesStored(email)).as("not yet").isOne();
        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        Retention.run();
        assertThat(addressesStored(email)).isZero();
    }

    @Test
    void aMachineClientCannotSubscribe() {
        Actors.jobBoard("alert-board")
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("email", AssignmentFixtures.uniqueEmail("board"), "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(403);
    }

    /** C-6: ranking by profile only with profiling consent; without it, newest first. */
    @Test
    void matchesAreRankedByProfileOnlyWithProfilingConsent() {
        String common = uniqueSkill();
        String own = uniqueSkill();
        String withoutConsent = AssignmentFixtures.uniqueEmail("dateorder");
        String withConsent = AssignmentFixtures.uniqueEmail("ranked");
        Actor byDate = Subscribers.withJobAlertsFor("Dirk Datum", withoutConsent, common);
        Actor ranked = Subscribers.withJobAlertsFor("Rana Rang", withConsent, common);
        for (Actor professional : List.of(byDate, ranked)) {
            Map<String, Object> profile = Actors.profileBody(professional.name(), "HIDDEN");
            profile.put("skills", List.of(own));
            Actors.saveProfile(professional, profile);
        }
        Subscribers.decide(ranked, "profiling", "GRANT");

        Map<String, Object> fitting = AssignmentFixtures.assignment("Past bij profiel " + common);
        fitting.put("skills", List.of(common, own));
        AssignmentFixtures.publishedOf(
                Actors.clientOf("Olga", "Rang BV " + UUID.randomUUID(), true).actor(), fitting);
        TestClock.advance(Duration.ofSeconds(1));
        Subscribers.publishWithSkill("Nieuwste " + common, common);

        String dateOrder = Subscribers.digestsTo(withoutConsent).get(0).getText();
        assertThat(dateOrder.indexOf("Nieuwste")).isLessThan(dateOrder.indexOf("Past bij profiel"));
        String rankedOrder = Subscribers.digestsTo(withConsent).get(0).getText();
        assertThat(rankedOrder.indexOf("Past bij profiel")).isLessThan(rankedOrder.indexOf("Nieuwste"));
    }

    private static void subscribeAndConfirm(String email, String skill) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of("skills", List.of(skill))))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", Mailbox.latestTokenSentTo(email)))
                .post("/api/v1/job-alert-confirmations")
                .then()
                .statusCode(200);
    }

    private long addressesStored(String email) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT COUNT(a) FROM JobAlert a WHERE lower(a.email) = lower(:email)")
                .setParameter("email", email)
                .getSingleResult());
    }

    private static String uniqueSkill() {
        return "skill-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
