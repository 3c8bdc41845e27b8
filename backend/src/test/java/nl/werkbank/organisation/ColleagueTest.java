package nl.werkbank.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** O-2: colleagues join by a single-use invitation or an approved request; members see and remove them. */
@QuarkusTest
class ColleagueTest {

    @Inject
    OrganisationMaintenance maintenance;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String invite(Client member, String email) {
        return member.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .post("/api/v1/me/organisation/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static int acceptInvitation(Actor invitee, String token) {
        return invitee.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/organisation-invitations/acceptance")
                .statusCode();
    }

    @Test
    void anInvitedColleagueJoinsOnceWithTheMailedLink() {
        Client kees = Actors.clientOf("Kees Klant", "Klant BV", true);
        String email = AssignmentFixtures.uniqueEmail("colleague");
        invite(kees, email);
        kees.spec().get("/api/v1/me/organisation/invitations").then().body("items[0].email", equalTo(email));
        String token = Mailbox.latestTokenSentTo(email);

        Actor colleague = Actors.client("Carla Collega");
        assertThat(acceptInvitation(colleague, token)).isEqualTo(200);
        colleague
                .spec()
                .get("/api/v1/me/organisation")
                .then()
                .statusCode(200)
                .body("id", equalTo(kees.organisationId()));
        assertThat(acceptInvitation(Actors.client("Derde"), token)).isEqualTo(404);
        kees.spec().get("/api/v1/me/organisation/invitations").then().body("items", hasSize(0));

        List<String> names = kees.spec()
                .get("/api/v1/me/organisation/members")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names).containsExactly("Kees Klant", "Carla Collega");
        colleague.spec().get("/api/v1/me/organisation/members").then().body("items.you", equalTo(List.of(false, true)));
    }

    @Test
    void anInvitationExpiresAndCanBeWithdrawn() {
        Client kees = Actors.clientOf("Kees Klant", "Klant BV", true);
        String email = AssignmentFixtures.uniqueEmail("late");
        invite(kees, email);
        String token = Mailbox.latestTokenSentTo(email);
        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(acceptInvitation(Actors.client("Laat"), token)).isEqualTo(404);
        TestClock.reset();

        String withdrawnEmail = AssignmentFixtures.uniqueEmail("withdrawn");
        String id = invite(kees, withdrawnEmail);
        String withdrawnToken = Mailbox.latestTokenSentTo(withdrawnEmail);
        Client other = Actors.clientOf("Yara Y", "Y BV", true);
        other.spec().delete("/api/v1/me/organisation/invitations/" + id).then().statusCode(404);
        kees.spec().delete("/api/v1/me/organisation/invitations/" + id).then().statusCode(204);
        assertThat(acceptInvitation(Actors.client("Ingetrokken"), withdrawnToken))
                .isEqualTo(404);
    }

    /** The invitee's address is erased by the sweep once the link has expired. */
    @Test
    void theSweepErasesExpiredInvitations() {
        Client kees = Actors.clientOf("Kees Klant", "Klant BV", true);
        String email = AssignmentFixtures.uniqueEmail("expired");
        invite(kees, email);
        assertThat(invitationsTo(email)).isEqualTo(1);
        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(maintenance.run()).isTrue();
        assertThat(invitationsTo(email)).isZero();
    }

    private long invitationsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT count(i) FROM OrganisationInvitation i WHERE i.email = :e")
                .setParameter("e", email)
                .getSingleResult());
    }

    @Test
    void aClientAsksToJoinByKvkNumberAndAMemberApproves() {
        Actor kees = Actors.client("Kees Klant");
        String kvk = Actors.randomKvk();
        String organisation = kees.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Klant BV", "kvkNumber", kvk))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Actor carla = Actors.client("Carla Collega");
        carla.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Klant BV", "kvkNumber", kvk))
                .post("/api/v1/organisations")
                .then()
                .statusCode(409);
        carla.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("kvkNumber", kvk))
                .post("/api/v1/organisation-join-requests")
                .then()
                .statusCode(201)
                .body("organisation", equalTo("Klant BV"));
        carla.spec().get("/api/v1/me/organisation").then().statusCode(404);

        String request = kees.spec()
                .get("/api/v1/me/organisation/join-requests")
                .then()
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Carla Collega"))
                .extract()
                .path("items[0].id");
        Client outsider = Actors.clientOf("Yara Y", "Y BV", true);
        outsider.spec().get("/api/v1/me/organisation/join-requests").then().body("items", hasSize(0));
        outsider.spec()
                .post("/api/v1/me/organisation/join-requests/" + request + "/approval")
                .then()
                .statusCode(404);

        kees.spec()
                .post("/api/v1/me/organisation/join-requests/" + request + "/approval")
                .then()
                .statusCode(200)
                .body("name", equalTo("Carla Collega"));
        carla.spec().get("/api/v1/me/organisation").then().statusCode(200).body("id", equalTo(organisation));
        kees.spec().get("/api/v1/me/organisation/join-requests").then().body("items", hasSize(0));
    }

    @Test
    void aDeclinedRequestDoesNotJoinAndUnknownKvkNumbersAreFieldErrors() {
        Client kees = Actors.clientOf("Kees Klant", "Klant BV", false);
        String kvk = kees.spec().get("/api/v1/me/organisation").then().extract().path("kvkNumber");
        Actor carla = Actors.client("Carla Collega");
        carla.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("kvkNumber", kvk))
                .post("/api/v1/organisation-join-requests")
                .then()
                .statusCode(201);
        String request = kees.spec()
                .get("/api/v1/me/organisation/join-requests")
                .then()
                .extract()
                .path("items[0].id");
        kees.spec()
                .delete("/api/v1/me/organisation/join-requests/" + request)
                .then()
                .statusCode(204);
        carla.spec().get("/api/v1/me/organisation").then().statusCode(404);

        Actor nobody = Actors.client("Niemand");
        String unknown = "0" + Actors.randomKvk().substring(1);
        nobody.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("kvkNumber", unknown))
                .post("/api/v1/organisation-join-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kvkNumber"))
                .body("errors[0].code", equalTo("unknown-reference"));
    }

    @Test
    void membersRemoveColleaguesButTheLastMemberStays() {
        Client kees = Actors.clientOf("Kees Klant", "Klant BV", true);
        String email = AssignmentFixtures.uniqueEmail("colleague");
        invite(kees, email);
        Actor carla = Actors.client("Carla Collega");
        assertThat(acceptInvitation(carla, Mailbox.latestTokenSentTo(email))).isEqualTo(200);
        List<String> ids = kees.spec()
                .get("/api/v1/me/organisation/members")
                .then()
                .extract()
                .path("items.id");

        Client other = Actors.clientOf("Yara Y", "Y BV", true);
        other.spec()
                .delete("/api/v1/me/organisation/members/" + ids.get(1))
                .then()
                .statusCode(404);

        kees.spec()
                .delete("/api/v1/me/organisation/members/" + ids.get(1))
                .then()
                .statusCode(204);
        carla.spec().get("/api/v1/me/organisation").then().statusCode(404);
        kees.spec()
                .delete("/api/v1/me/organisation/members/" + ids.get(0))
                .then()
                .statusCode(409);
    }

    /** Anyone may register a KvK number first; until an admin verifies it, it is not named publicly. */
    @Test
    void anUnverifiedOrganisationIsNeverNamedPublicly() {
        Client squatter = Actors.clientOf("Sam Squatter", "Beroemd Bedrijf BV", false);
        Map<String, Object> assignment = AssignmentFixtures.assignment("Interim adviseur");
        assignment.put("nameOrganisation", true);
        String id = squatter.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("assignment", assignment))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        squatter.spec()
                .post("/api/v1/managed-assignments/" + id + "/submit")
                .then()
                .statusCode(200);
        Actor admin = Actors.admin();
        admin.spec()
                .post("/api/v1/managed-assignments/" + id + "/approve")
                .then()
                .statusCode(200);
        assertThat(given().get("/api/v1/assignments/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain("Beroemd Bedrijf BV");

        admin.spec()
                .post("/api/v1/organisations/" + squatter.organisationId() + "/verification")
                .then()
                .statusCode(200);
        assertThat(given().get("/api/v1/assignments/" + id).asString()).contains("Beroemd Bedrijf BV");
    }
}
