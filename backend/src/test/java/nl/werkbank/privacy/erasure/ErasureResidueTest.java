package nl.werkbank.privacy.erasure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.DatabaseDump;
import nl.werkbank.testing.Files;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * D-4 (issue 9, "Erasure residue"): a subject with a unique marker in every field of every feature
 * is erased; then a text dump of the whole database ({@link DatabaseDump}: pg_dump --data-only, or
 * every row over JDBC) holds the marker nowhere, neither as text nor as the bytes of a file. What
 * the law keeps (the placement and its invoices, the disclosure records, the erasure request as
 * proof) is still there, without anything that carried the marker.
 */
@QuarkusTest
class ErasureResidueTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ErasureService erasure;

    @Inject
    SuppressionList suppressionList;

    @Inject
    RecordingIdentityProvider identityProvider;

    /** Letters outside hex, so a marker cannot turn up by chance in a UUID, a hash or a hex-encoded file. */
    private static String marker() {
        StringBuilder marker = new StringBuilder("Mrk");
        for (int i = 0; i < 12; i++) {
            marker.append((char) ('g' + ThreadLocalRandom.current().nextInt(20)));
        }
        return marker.toString();
    }

    @Test
    void anErasedAccountHolderLeavesNoMarkerInTheDatabase() {
        String m = marker();
        String email = "petra-" + m + "@example.nl";
        String oidcSubject = UUID.randomUUID().toString();
        Actor petra = new Actor(
                oidcSubject, "Petra " + m, Tokens.person(oidcSubject, "Petra " + m, email, "nl", Role.PROFESSIONAL));

        Map<String, Object> profile = Actors.profileBody("Profiel " + m, "MEMBERS");
        profile.put("headline", "Kop " + m);
        profile.put("summary", "Samenvatting " + m);
        profile.put(
                "experience",
                List.of(Map.of(
                        "role", "Rol " + m,
                        "clientName", "Klant " + m,
                        "startMonth", "2021-01",
                        "endMonth", "2023-06",
                        "tasks", "Taken " + m)));
        profile.put(
                "education",
                List.of(Map.of("institution", "School " + m, "qualification", "Diploma " + m, "year", 2004)));
        profile.put(
                "contact",
                Map.of("email", "contact-" + m + "@example.nl", "phone", "+31 6 1234 5678", "callTimes", "Bel " + m));
        String profileId = Actors.saveProfile(petra, profile);
        Actors.uploadCv(petra, "ProfielCv" + m);

        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        Map<String, Object> withTextQuestion = AssignmentFixtures.assignment("Interim adviseur");
        withTextQuestion.put("questions", List.of(Map.of("kind", "TEXT", "text", "Waarom u?", "required", true)));
        String forwarded = AssignmentFixtures.publishedOf(x.actor(), withTextQuestion);
        String questionId =
                given().get("/api/v1/assignments/" + forwarded).then().extract().path("questions[0].id");
        Map<String, Object> response = new HashMap<>();
        response.put("motivation", "Motivatie " + m);
        response.put("answers", List.of(Map.of("questionId", questionId, "value", "Antwoord " + m)));
        response.put("thisAssignmentOnly", false);
        response.put("useProfileCv", false);
        ResponseFixtures.asResponse(petra.spec(), response)
                .multiPart("cv", "reactie.pdf", Files.pdf("ReactieCv" + m), "application/pdf")
                .post("/api/v1/assignments/" + forwarded + "/responses")
                .then()
                .statusCode(202);
        x.spec().post("/api/v1/profiles/" + profileId + "/contact").then().statusCode(200);

        String placedOn = AssignmentFixtures.publishedOf(x.actor());
        Map<String, Object> placedResponse = ResponseFixtures.validResponse(placedOn);
        placedResponse.put("motivation", "Geplaatst " + m);
        ResponseFixtures.asResponse(petra.spec(), placedResponse)
                .post("/api/v1/assignments/" + placedOn + "/responses")
                .then()
                .statusCode(202);
        String placedResponseId = x.spec()
                .get("/api/v1/managed-assignments/" + placedOn + "/responses")
                .then()
                .extract()
                .path("items[0].id");
        x.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-03-15", "endDate", "2027-04-29"))
                .post("/api/v1/managed-assignments/" + placedOn + "/responses/" + placedResponseId + "/placement")
                .then()
                .statusCode(200);
        Mailbox.sendAll();

        String firstResponseId = x.spec()
                .get("/api/v1/managed-assignments/" + forwarded + "/responses")
                .then()
                .extract()
                .path("items[0].id");
        x.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/managed-assignments/" + forwarded + "/responses/" + firstResponseId + "/status")
                .then()
                .statusCode(200);
        file(petra, Map.of("type", "ACCESS"));
        file(petra, Map.of("type", "RECTIFICATION", "details", "Mijn naam is " + m));
        String contactRequest = petra.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "topics",
                        List.of("CAREER_DIRECTION"),
                        "motivation",
                        "Coaching " + m,
                        "shareMotivation",
                        true,
                        "contact",
                        Map.of("name", "Petra " + m, "email", email, "phone", "+31 6 8765 4321")))
                .post("/api/v1/contact-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Actors.person("Coach Cas", Role.COACH)
                .spec()
                .post("/api/v1/contact-requests/" + contactRequest + "/acceptance")
                .then()
                .statusCode(200);
        Subscribers.saveJobAlert(petra, Map.of("text", "Zoekterm " + m));
        Subscribers.decide(petra, "profiling", "GRANT");

        String before = DatabaseDump.text();
        assertThat(before)
                .as("the dump (%s) sees the data, files included", DatabaseDump.method())
                .contains("Motivatie " + m, "Klant " + m, email, "Coaching " + m, "Zoekterm " + m)
                .contains(DatabaseDump.hex("ReactieCv" + m), DatabaseDump.hex("ProfielCv" + m));
        long invoicesBefore = count("SELECT count(*) FROM invoice i JOIN placement p ON p.id = i.placement_id"
                + " WHERE p.response_id = '" + placedResponseId + "'");
        String subjectId = petra.spec().get("/api/v1/me").then().extract().path("subjectId");

        String erasureRequest = petra.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE", "details", "Verwijder alles van " + m))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"))
                .extract()
                .path("id");

        assertNoResidue(m);
        assertThat(identityProvider.deleted()).contains(oidcSubject);
        petra.spec().get("/api/v1/me").then().statusCode(403);
        assertThat(count("SELECT count(*) FROM subject WHERE id = '" + subjectId + "'"))
                .isZero();

        // what the law keeps, stripped: the placement and its invoices (A-7, T-1)
        assertThat(count("SELECT count(*) FROM placement WHERE response_id = '" + placedResponseId
                        + "' AND restricted_at IS NOT NULL"))
                .isOne();
        assertThat(count("SELECT count(*) FROM invoice i JOIN placement p ON p.id = i.placement_id"
                        + " WHERE p.response_id = '" + placedResponseId + "'"))
                .isEqualTo(invoicesBefore)
                .isPositive();
        // Art. 19: the recipients and what they received (two responses, the contact details), not whose it was
        assertThat(count("SELECT count(*) FROM disclosure WHERE subject_id IS NULL AND subject_erased_at IS NOT NULL"
                        + " AND recipient_organisation_id = '" + x.organisationId() + "'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM disclosure WHERE subject_id IS NULL AND subject_erased_at IS NOT NULL"
                        + " AND recipient_organisation_id IS NULL AND subject_name IS NULL"))
                .as("the coach's release stays without the person (K-2, Art. 19)")
                .isPositive();
        // the request is the proof, without the subject
        assertThat(count("SELECT count(*) FROM privacy_request WHERE id = '" + erasureRequest
                        + "' AND subject_id IS NULL AND status = 'COMPLETED'"))
                .isOne();
        // the poster's copy of the forwarded response is redacted, its CV gone
        assertThat(count(
                        "SELECT count(*) FROM outbox_message WHERE template = 'response-forwarded' AND mail_subject = '"
                                + OutboxRedaction.SUBJECT + "'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_message m JOIN outbox_attachment a ON a.message_id = m.id"
                        + " WHERE m.mail_subject = '" + OutboxRedaction.SUBJECT + "'"))
                .isZero();
        assertThat(suppressionList.wasErased(email)).isTrue();
        assertThat(suppressionList.wasErased("CONTACT-" + m + "@example.nl")).isTrue();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'SUBJECT_ERASED' AND subject_ref = '"
                        + subjectId + "'"))
                .isOne();
    }

    @Test
    void anErasedVisitorLeavesNoMarkerInTheDatabaseAndTheirManageLinkStopsWorking() {
        String m = marker();
        String address = "bezoeker-" + m + "@example.nl";
        AssignmentFixtures.Anonymous posted = AssignmentFixtures.publishedAnonymously(
                AssignmentFixtures.assignment("Interim controller"),
                Map.of(
                        "name",
                        "Naam " + m,
                        "organisation",
                        "Organisatie " + m,
                        "email",
                        address,
                        "phone",
                        "+31 30 765 4321"));
        posted.spec()
                .get("/api/v1/managed-assignments/" + posted.id() + "/responses")
                .then()
                .statusCode(200);

        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(x.actor());
        Map<String, Object> response = ResponseFixtures.validResponse(assignment);
        response.put("motivation", "Motivatie " + m);
        response.put("respondent", Map.of("name", "Bezoeker " + m, "email", address, "phone", "+31 6 3333 4444"));
        ResponseFixtures.asResponse(given(), response)
                .multiPart("cv", "cv.pdf", Files.pdf("BezoekerCv" + m), "application/pdf")
                .post("/api/v1/assignments/" + assignment + "/responses")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", Mailbox.latestTokenSentTo(address)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);
        Mailbox.sendAll();
        assertThat(DatabaseDump.text())
                .contains("Motivatie " + m, "Organisatie " + m, DatabaseDump.hex("BezoekerCv" + m));

        List<ErasureService.Erased> erased = QuarkusTransaction.requiringNew()
                .call(() -> erasure.eraseEmailIdentitiesOf(address.toUpperCase(), AuditActor.system()));

        assertThat(erased).hasSize(2).noneMatch(ErasureService.Erased::account);
        assertNoResidue(m);
        // the revoked link is no link: the caller is an outsider, who may not learn the assignment exists
        posted.spec()
                .get("/api/v1/managed-assignments/" + posted.id() + "/responses")
                .then()
                .statusCode(404);
        assertThat(count("SELECT count(*) FROM assignment_token WHERE assignment_id = '" + posted.id() + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM assignment WHERE id = '" + posted.id() + "' AND status = 'CLOSED'"
                        + " AND poster_subject_id IS NULL"))
                .isOne();
        assertThat(suppressionList.wasErased(address)).isTrue();
    }

    /** What a redacted copy says instead of its subject line (OutboxDataHandler). */
    private static final class OutboxRedaction {
        static final String SUBJECT = "[removed: personal data of an erased person]";
    }

    private void assertNoResidue(String m) {
        String after = DatabaseDump.text();
        assertThat(after).as("dump by %s", DatabaseDump.method()).doesNotContain(m);
        assertThat(after.toLowerCase()).doesNotContain(m.toLowerCase()).doesNotContain(DatabaseDump.hex(m));
    }

    private static void file(Actor subject, Map<String, Object> request) {
        subject.spec()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
