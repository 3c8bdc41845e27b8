package nl.werkbank.subject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.profile.ProfileMails;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.Tokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * T-2: the cases of meaningful contact, each through the real API: a login, a profile or CV update,
 * a response, a reply (the poster's progress report), a click through a link in our mail and "keep
 * my account" count; receiving a mail, a scanner's GET of the keep link and merely reading do not.
 */
@QuarkusTest
class MeaningfulContactTest {

    /** One person with a profile, their subject and a published assignment of someone else. */
    private record Person(Actor actor, String email, UUID subjectId, String assignmentId) {}

    private record Case(String name, boolean counts, Consumer<Person> action) {}

    private static final List<Case> CASES = List.of(
            new Case("a login (a token issued by a new login)", true, person -> {
                String token = Tokens.sign(Tokens.personClaims(
                                person.actor().oidcSubject(),
                                person.actor().name(),
                                person.email(),
                                null,
                                Role.PROFESSIONAL)
                        .claim("auth_time", Instant.now().getEpochSecond()));
                given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
            }),
            new Case(
                    "a profile update",
                    true,
                    person -> Actors.saveProfile(
                            person.actor(), Actors.profileBody(person.actor().name(), "ANONYMOUS"))),
            new Case("a CV update", true, person -> Actors.uploadCv(person.actor(), "new cv")),
            new Case(
                    "a response",
                    true,
                    person -> ResponseFixtures.respond(person.actor(), person.assignmentId(), false)),
            new Case(
                    "a click through a link in our mail",
                    true,
                    person -> given().redirects()
                            .follow(false)
                            .get("/api/v1/mail-links/" + Subscribers.mailLink(person.actor(), "/assignments"))
                            .then()
                            .statusCode(303)),
            new Case(
                    "keep my account",
                    true,
                    person -> given().post("/api/v1/keep-account/" + keepToken(person))
                            .then()
                            .statusCode(200)),
            new Case(
                    "a mail scanner following the keep link (GET)",
                    false,
                    person -> given().get("/api/v1/keep-account/" + keepToken(person))
                            .then()
                            .statusCode(200)),
            new Case("receiving a mail", false, person -> {
                QuarkusTransaction.requiringNew()
                        .run(() -> arcOutbox()
                                .enqueue(new Mail(
                                        person.subjectId(),
                                        person.email(),
                                        Language.nl,
                                        new ProfileMails.InactivityWarning("2030-01-01", "http://localhost:5173/"))));
                Mailbox.sendAll();
            }),
            new Case(
                    "reading the own profile",
                    false,
                    person -> person.actor()
                            .spec()
                            .get("/api/v1/me/profile")
                            .then()
                            .statusCode(200)));

    @Test
    void everyCaseCountsOrNotAsTheSpecSays() {
        SoftAssertions softly = new SoftAssertions();
        for (Case c : CASES) {
            Person person = person();
            Instant old = Instant.now().minus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
            Retention.set(
                    "UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id", person.subjectId(), old);
            c.action().accept(person);
            Instant after = (Instant) Retention.value(
                    "SELECT last_meaningful_contact_at FROM subject WHERE id = :id", person.subjectId());
            if (c.counts()) {
                softly.assertThat(after).as(c.name()).isAfter(old);
            } else {
                softly.assertThat(after).as(c.name()).isEqualTo(old);
            }
        }
        softly.assertAll();
    }

    @Test
    void thePostersProgressReportIsAReply() {
        Actor client = Actors.clientOf("Rita Reactie", "Reactie BV " + UUID.randomUUID(), true)
                .actor();
        String assignment = AssignmentFixtures.publishedOf(client);
        UUID subjectId = UUID.fromString(
                client.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId"));
        Instant old = Instant.now().minus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
        Retention.set("UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id", subjectId, old);

        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SELECTING"))
                .post("/api/v1/managed-assignments/" + assignment + "/procedure-updates")
                .then()
                .statusCode(200);

        assertThat((Instant)
                        Retention.value("SELECT last_meaningful_contact_at FROM subject WHERE id = :id", subjectId))
                .isAfter(old);
    }

    private Person person() {
        String email = AssignmentFixtures.uniqueEmail("contact");
        Actor actor = Subscribers.verifiedProfessional("Carla Contact", email);
        Actors.saveProfile(actor, Actors.profileBody("Carla Contact", "MEMBERS"));
        String subjectId =
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
        String assignment =
                AssignmentFixtures.publishedOf(Actors.clientOf("Paul Plaatser", "Plaats BV " + UUID.randomUUID(), true)
                        .actor());
        return new Person(actor, email, UUID.fromString(subjectId), assignment);
    }

    private static String keepToken(Person person) {
        String page = Arc.container().instance(KeepAccountService.class).get().pageFor(person.subjectId());
        return page.substring(page.indexOf("#k=") + 3);
    }

    private static Outbox arcOutbox() {
        return Arc.container().instance(Outbox.class).get();
    }
}
