package nl.werkbank.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** K-3: a verified organisation asks to be introduced to an anonymous profile; only acceptance releases anything. */
@QuarkusTest
class IntroductionTest {

    @Inject
    EntityManager entityManager;

    @Inject
    IntroductionMaintenance maintenance;

    @Inject
    MockMailbox mailbox;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Canaryname" + tag;
    private final String email = "canary." + tag + "@example.nl";
    private final String message = "Wij zoeken een interim projectleider. " + tag;

    private Actor professional;
    private String profileId;
    private Client client;

    @BeforeEach
    void setUp() {
        professional = Actors.professional(name);
        Map<String, Object> body = Actors.profileBody(name, "ANONYMOUS");
        body.put("contact", Map.of("email", email, "phone", "+31 6 5555 4444"));
        profileId = Actors.saveProfile(professional, body);
        client = Actors.clientOf("Rik Recruiter", "Rik Interim BV " + tag, true);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private String ask(Client asking) {
        return asking.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/v1/profiles/" + profileId + "/introductions")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("contact", nullValue())
                .extract()
                .path("id");
    }

    private String organisationView(Client asking) {
        return asking.spec()
                .get("/api/v1/me/organisation/introductions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void acceptanceReleasesNameAndContactToTheOrganisationAsADisclosure() {
        String id = ask(client);
        assertThat(organisationView(client)).doesNotContain(name, email);

        professional
                .spec()
                .get("/api/v1/me/introductions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].organisation", equalTo("Rik Interim BV " + tag))
                .body("items[0].requester", equalTo("Rik Recruiter"))
                .body("items[0].message", equalTo(message));
        professional
                .spec()
                .post("/api/v1/me/introductions/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        client.spec()
                .get("/api/v1/me/organisation/introductions")
                .then()
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].contact.name", equalTo(name))
                .body("items[0].contact.email", equalTo(email));
        professional
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .body("items", hasSize(1))
                .body("items[0].recipient.kind", equalTo("organisation"))
                .body("items[0].recipient.name", equalTo("Rik Interim BV " + tag))
                .body("items[0].purpose", equalTo("recruitment"))
                .body("items[0].recipientPerson", equalTo("Rik Recruiter"))
                .body("items[0].categories", contains("contact-details", "name"));
        String subject = professional.spec().get("/api/v1/me").then().extract().path("subjectId");
        assertThat(disclosureAudits(subject)).isEqualTo(1);
    }

    @Test
    void declineTellsTheOrganisationOnlyDeclined() {
        String id = ask(client);
        professional
                .spec()
                .post("/api/v1/me/introductions/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));

        Map<String, Object> seen = client.spec()
                .get("/api/v1/me/organisation/introductions")
                .then()
                .extract()
                .path("items[0]");
        assertThat(seen).containsEntry("status", "DECLINED").containsEntry("contact", null);
        assertThat(seen.keySet())
                .containsExactlyInAnyOrder("id", "profileId", "status", "createdAt", "expiresAt", "contact");
        assertThat(organisationView(client)).doesNotContain(name, email);
        professional.spec().get("/api/v1/me/disclosures").then().body("items", hasSize(0));

        professional
                .spec()
                .post("/api/v1/me/introductions/" + id + "/acceptance")
                .then()
                .statusCode(409);
    }

    @Test
    void theProfessionalIsMailedWithTheOrganisationNameAndNoMessage() {
        String accountEmail = AssignmentFixtures.uniqueEmail("anon");
        String subject = "kc-" + UUID.randomUUID();
        professional = new Actor(subject, name, Tokens.person(subject, name, accountEmail, "en", Role.PROFESSIONAL));
        profileId = Actors.saveProfile(professional, Actors.profileBody(name, "ANONYMOUS"));
        ask(client);
        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, accountEmail);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("Rik Interim BV " + tag).doesNotContain(message, "Rik Recruiter");
    }

    @Test
    void onlyVerifiedMembersAskAndOnlyForAnonymousProfiles() {
        Client unverified = Actors.clientOf("Uma", "Onbevestigd BV", false);
        unverified
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/v1/profiles/" + profileId + "/introductions")
                .then()
                .statusCode(403);
        String members =
                Actors.professionalWithProfile("Petra M", "MEMBERS", false).profileId();
        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/v1/profiles/" + members + "/introductions")
                .then()
                .statusCode(409);
        String hidden =
                Actors.professionalWithProfile("Hidde H", "HIDDEN", false).profileId();
        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/v1/profiles/" + hidden + "/introductions")
                .then()
                .statusCode(404);
        ask(client);
        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/v1/profiles/" + profileId + "/introductions")
                .then()
                .statusCode(409);
    }

    /** BOLA: another organisation, another professional: nothing of this introduction is theirs. */
    @Test
    void outsidersNeitherSeeNorDecide() {
        String id = ask(client);
        Client other = Actors.clientOf("Yara Y", "Y BV", true);
        assertThat(organisationView(other)).doesNotContain(id, tag);
        Actor otherProfessional = Actors.professional("Bram B");
        otherProfessional.spec().get("/api/v1/me/introductions").then().body("items", hasSize(0));
        otherProfessional
                .spec()
                .post("/api/v1/me/introductions/" + id + "/acceptance")
                .then()
                .statusCode(404);
        client.spec()
                .post("/api/v1/me/introductions/" + id + "/acceptance")
                .then()
                .statusCode(403);
    }

    @Test
    void expiredIntroductionsAreErasedWithTheirMessage() {
        String open = ask(client);
        Client decider = Actors.clientOf("Dirk", "D BV " + tag, true);
        String declined = ask(decider);
        professional
                .spec()
                .post("/api/v1/me/introductions/" + declined + "/decline")
                .then()
                .statusCode(200);

        TestClock.advance(Duration.ofDays(30).plusMinutes(1));
        professional
                .spec()
                .post("/api/v1/me/introductions/" + open + "/acceptance")
                .then()
                .statusCode(409);
        maintenance.run();
        assertThat(rowsWithMessage()).isZero();
        professional.spec().get("/api/v1/me/introductions").then().body("items", hasSize(0));
        client.spec().get("/api/v1/me/organisation/introductions").then().body("items", hasSize(0));
    }

    private long rowsWithMessage() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT count(i) FROM Introduction i WHERE i.message = :m")
                .setParameter("m", message)
                .getSingleResult());
    }

    private long disclosureAudits(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT count(e) FROM AuditEntry e WHERE e.subjectRef = :s AND e.action = :a")
                .setParameter("s", UUID.fromString(subjectId))
                .setParameter("a", "PERSONAL_DATA_DISCLOSED")
                .getSingleResult());
    }
}
