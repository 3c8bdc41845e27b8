package nl.werkbank.privacy.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.lingala.zip4j.ZipFile;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D-1, D-2, D-3, D-4, D-6: requests of people without an account, by e-mail verification: the
 * same answer for every address, a single-use link that expires, a scope of exactly the
 * e-mail identities of the address, and keys (status and download tokens) that open only their
 * own request.
 */
@QuarkusTest
class PrivacyRequestByEmailTest {

    private static final String ASK = "/api/v1/privacy-requests";
    private static final String CONFIRM = "/api/v1/privacy-requests/confirmation";
    private static final String STATUS = "/api/v1/privacy-requests/status";
    private static final String EXPORT = "/api/v1/privacy-requests/export";
    private static final String TOKEN_HEADER = "Werkbank-Request-Token";

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path dir;

    @AfterEach
    void resetClock() {
        TestClock.reset();
        Mailbox.sendAll();
    }

    @Test
    void everyAddressGetsTheSameAnswerAndTheSameMailWhetherWeKnowItOrNot() {
        String known = AssignmentFixtures.uniqueEmail("known");
        respondAsVisitor(AssignmentFixtures.publishedOf(client().actor()), known, "marker-" + UUID.randomUUID());
        String unknown = AssignmentFixtures.uniqueEmail("unknown");

        String knownAnswer =
                ask(known, "ACCESS").then().statusCode(202).extract().asString();
        String unknownAnswer =
                ask(unknown, "ACCESS").then().statusCode(202).extract().asString();

        assertThat(knownAnswer).isEqualTo(unknownAnswer).contains("AWAITING_VERIFICATION");
        Mailbox.sendAll();
        Mail toKnown = last(known);
        Mail toUnknown = last(unknown);
        assertThat(toKnown.getSubject()).isEqualTo(toUnknown.getSubject());
        assertThat(withoutToken(toKnown.getText())).isEqualTo(withoutToken(toUnknown.getText()));
    }

    @Test
    void anUnknownAddressConfirmedLearnsThatWeHoldNothingForIt() {
        String unknown = AssignmentFixtures.uniqueEmail("nothing");
        String token = askAndReadLink(unknown, "ACCESS");

        confirm(token)
                .then()
                .statusCode(200)
                .body("request.status", equalTo("COMPLETED"))
                .body(
                        "request.history.event",
                        contains("AWAITING_CONFIRMATION", "CONFIRMED", "NOTHING_HELD", "COMPLETED_AUTOMATICALLY"))
                .body("request.exportPassword", nullValue())
                .body("statusToken", notNullValue());
    }

    @Test
    void accessByEmailExportsWhatTheAddressPostedAndAnsweredDownloadedByTheMailedLinkWithTheShownPassword()
            throws IOException {
        String email = AssignmentFixtures.uniqueEmail("access");
        String responseMarker = "response-marker-" + UUID.randomUUID();
        String posterMarker = "poster-marker-" + UUID.randomUUID();
        respondAsVisitor(AssignmentFixtures.publishedOf(client().actor()), email, responseMarker);
        AssignmentFixtures.inReviewAnonymously(
                AssignmentFixtures.assignment("Interim controller"), AssignmentFixtures.poster(posterMarker, email));

        JsonPath confirmed = confirm(askAndReadLink(email, "ACCESS"))
                .then()
                .statusCode(200)
                .body("request.status", equalTo("COMPLETED"))
                .body(
                        "request.history.event",
                        contains("AWAITING_CONFIRMATION", "CONFIRMED", "EXPORT_READY", "COMPLETED_AUTOMATICALLY"))
                .body("request.export.url", equalTo(EXPORT))
                .extract()
                .jsonPath();
        String password = confirmed.getString("request.exportPassword");
        String statusToken = confirmed.getString("statusToken");
        assertThat(password).hasSize(24);

        given().header(TOKEN_HEADER, statusToken)
                .get(STATUS)
                .then()
                .statusCode(200)
                .body("id", equalTo(confirmed.getString("request.id")))
                .body("exportPassword", nullValue());

        String downloadToken = Mailbox.latestTokenSentTo(email);
        assertThat(last(email).getText()).doesNotContain(password);
        byte[] archive = given().header(TOKEN_HEADER, downloadToken)
                .get(EXPORT)
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        String everything = open(archive, password);
        assertThat(everything).contains(responseMarker, posterMarker);
    }

    @Test
    void theLinkWorksOnceAndTwoConfirmationsAtOnceStartOneRequest() throws Exception {
        String email = AssignmentFixtures.uniqueEmail("twice");
        String token = askAndReadLink(email, "OBJECTION");

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> confirmation = () -> {
            start.await();
            return confirm(token).statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            answers.add(pool.submit(confirmation));
            answers.add(pool.submit(confirmation));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 404);
        } finally {
            pool.shutdown();
        }
        confirm(token).then().statusCode(404);
        long confirmations = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM privacy_request_step s"
                                        + " JOIN privacy_request r ON r.id = s.request_id"
                                        + " WHERE r.requester_email = :email AND s.event = 'CONFIRMED'")
                                .setParameter("email", email)
                                .getSingleResult())
                        .longValue());
        assertThat(confirmations).isEqualTo(1);
    }

    @Test
    void anUnconfirmedRequestIsNoRequestAndGoesSevenDaysAfterItWasMade() {
        String email = AssignmentFixtures.uniqueEmail("late");
        String token = askAndReadLink(email, "ERASURE");
        Actors.privacyOfficer()
                .spec()
                .get("/api/v1/admin/privacy-requests?limit=100")
                .then()
                .statusCode(200)
                .body(
                        "items.request.status",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("AWAITING_VERIFICATION")));

        TestClock.advance(Duration.ofHours(48).plusMinutes(1));

        confirm(token).then().statusCode(404);
        Retention.run();
        assertThat(requestsOf(email))
                .as("kept until its 7 days (T-1 unverified-submission)")
                .isOne();

        TestClock.advance(Duration.ofDays(5));
        Retention.run();
        assertThat(requestsOf(email)).isZero();
    }

    @Test
    void anAccountHoldersAddressByEmailReachesNoneOfTheAccountsData() throws IOException {
        String email = AssignmentFixtures.uniqueEmail("account");
        String subject = "kc-" + UUID.randomUUID();
        Actor petra = new Actor(
                subject, "Petra Account", Tokens.person(subject, "Petra Account", email, "nl", Role.PROFESSIONAL));
        String profileMarker = "profile-marker-" + UUID.randomUUID();
        Map<String, Object> profile = Actors.profileBody(profileMarker, "MEMBERS");
        profile.put("contact", Map.of("email", email, "phone", "+31 6 1111 2222"));
        Actors.saveProfile(petra, profile);
        String assignment = AssignmentFixtures.publishedOf(client().actor());
        ResponseFixtures.respond(petra, assignment, false);

        JsonPath access = confirm(askAndReadLink(email, "ACCESS"))
                .then()
                .statusCode(200)
                .body("request.history.event", org.hamcrest.Matchers.hasItem("NOTHING_HELD"))
                .extract()
                .jsonPath();
        assertThat(access.getString("request.exportPassword")).isNull();

        confirm(askAndReadLink(email, "ERASURE"))
                .then()
                .statusCode(200)
                .body("request.history.event", org.hamcrest.Matchers.hasItem("NOTHING_HELD"));
        petra.spec().get("/api/v1/me/profile").then().statusCode(200).body("displayName", equalTo(profileMarker));
        petra.spec().get("/api/v1/me/responses").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void erasureByEmailRemovesTheVisitorsResponsesAndTellsThePosterWhoReceivedThem() {
        String email = AssignmentFixtures.uniqueEmail("erase");
        Client poster = client();
        String marker = "erase-marker-" + UUID.randomUUID();
        respondAsVisitor(AssignmentFixtures.publishedOf(poster.actor()), email, marker);
        Mailbox.sendAll();
        int before = Mailbox.to(mailbox, posterEmail(poster)).size();

        String requestId = confirm(askAndReadLink(email, "ERASURE"))
                .then()
                .statusCode(200)
                .body("request.status", equalTo("COMPLETED"))
                .body(
                        "request.history.event",
                        contains("AWAITING_CONFIRMATION", "CONFIRMED", "ERASED", "COMPLETED_AUTOMATICALLY"))
                .extract()
                .path("request.id");

        long left = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM response WHERE lower(respondent_email) = :e"
                                        + " OR motivation = :m")
                                .setParameter("e", email)
                                .setParameter("m", marker)
                                .getSingleResult())
                        .longValue());
        assertThat(left).isZero();
        Mailbox.sendAll();
        List<Mail> toPoster = Mailbox.to(mailbox, posterEmail(poster));
        assertThat(toPoster).hasSize(before + 1);
        assertThat(toPoster.getLast().getText())
                .as("D-4: an erasure notice stores no new copy of the erased name")
                .doesNotContain("Vera Visitor")
                .containsAnyOf("gewist", "erased");
        assertThat(Actors.privacyOfficer()
                        .spec()
                        .queryParam("action", "SUBJECT_ERASED")
                        .queryParam("limit", 100)
                        .get("/api/v1/admin/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.details.request"))
                .as("D-7: the erased subject's entry names the request")
                .contains(requestId);
    }

    @Test
    void theOfficerSeesWhoseDataARequestCoversAndTheRequesterHearsTheOutcomeAtTheConfirmedAddress() {
        String email = AssignmentFixtures.uniqueEmail("object");
        respondAsVisitor(AssignmentFixtures.publishedOf(client().actor()), email, "m-" + UUID.randomUUID());
        JsonPath confirmed = confirm(askAndReadLink(email, "OBJECTION"))
                .then()
                .statusCode(200)
                .body("request.status", equalTo("IN_PROGRESS"))
                .body(
                        "request.history.event",
                        contains("AWAITING_CONFIRMATION", "CONFIRMED", "HANDED_TO_PRIVACY_OFFICER"))
                .extract()
                .jsonPath();
        String id = confirmed.getString("request.id");

        Actor officer = Actors.person("Olga Officer", Role.PRIVACY_OFFICER);
        JsonPath queue = officer.spec()
                .get("/api/v1/admin/privacy-requests?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String subject = queue.getString("items.find { it.request.id == '" + id + "' }.subjectId");
        List<String> covered = queue.getList("items.find { it.request.id == '" + id + "' }.coveredSubjectIds");
        assertThat(covered).hasSize(1).doesNotContain(subject);

        officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Dit gebruik is nodig voor de lopende opdracht."))
                .post("/api/v1/admin/privacy-requests/" + id + "/rejection")
                .then()
                .statusCode(200);
        Mailbox.sendAll();
        assertThat(last(email).getText())
                .contains("Dit gebruik is nodig voor de lopende opdracht.", "/api/v1/mail-links/");
        given().header(TOKEN_HEADER, confirmed.getString("statusToken"))
                .get(STATUS)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void eachTokenOpensOnlyItsOwnRequestAndOnlyForItsPurpose() {
        String first = AssignmentFixtures.uniqueEmail("first");
        respondAsVisitor(AssignmentFixtures.publishedOf(client().actor()), first, "m-" + UUID.randomUUID());
        String confirmToken = askAndReadLink(first, "ACCESS");
        JsonPath confirmed =
                confirm(confirmToken).then().statusCode(200).extract().jsonPath();
        String statusToken = confirmed.getString("statusToken");
        String downloadToken = Mailbox.latestTokenSentTo(first);

        String second = AssignmentFixtures.uniqueEmail("second");
        JsonPath other = confirm(askAndReadLink(second, "OBJECTION"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Actor someone = Actors.professional("Bram Other");
        someone.spec()
                .header(TOKEN_HEADER, other.getString("statusToken"))
                .get(STATUS)
                .then()
                .statusCode(200)
                .body("id", equalTo(other.getString("request.id")));
        given().header(TOKEN_HEADER, statusToken)
                .get(STATUS)
                .then()
                .statusCode(200)
                .body("id", equalTo(confirmed.getString("request.id")));
        given().header(TOKEN_HEADER, confirmToken).get(STATUS).then().statusCode(404);
        given().header(TOKEN_HEADER, downloadToken).get(STATUS).then().statusCode(404);
        given().header(TOKEN_HEADER, statusToken).get(EXPORT).then().statusCode(404);
        given().header(TOKEN_HEADER, other.getString("statusToken"))
                .get(EXPORT)
                .then()
                .statusCode(404);
        given().header(TOKEN_HEADER, "x".repeat(43)).get(STATUS).then().statusCode(404);
        given().get(STATUS).then().statusCode(400);
        confirm(statusToken).then().statusCode(404);

        TestClock.advance(Duration.ofDays(8));
        given().header(TOKEN_HEADER, downloadToken).get(EXPORT).then().statusCode(404);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static Client client() {
        return Actors.clientOf("Xander X", "X Interim BV", true);
    }

    private static String posterEmail(Client client) {
        return client.spec().get("/api/v1/me").then().statusCode(200).extract().path("email");
    }

    /** A visitor responds with this address and confirms: the response goes to the poster (D-8). */
    private static void respondAsVisitor(String assignmentId, String email, String motivation) {
        Map<String, Object> body = ResponseFixtures.visitorResponse(assignmentId, email);
        body.put("motivation", motivation);
        ResponseFixtures.asResponse(given(), body)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", Mailbox.latestTokenSentTo(email)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response ask(String email, String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "type", type))
                .post(ASK);
    }

    private static String askAndReadLink(String email, String type) {
        ask(email, type).then().statusCode(202);
        return Mailbox.latestTokenSentTo(email);
    }

    private static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(CONFIRM);
    }

    private Mail last(String address) {
        List<Mail> mails = Mailbox.to(mailbox, address);
        assertThat(mails).isNotEmpty();
        return mails.getLast();
    }

    private static String withoutToken(String text) {
        return text.replaceAll("#token=[A-Za-z0-9_-]+", "#token=…");
    }

    private long requestsOf(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM privacy_request WHERE requester_email = :e")
                                .setParameter("e", email)
                                .getSingleResult())
                        .longValue());
    }

    private String open(byte[] archive, String password) throws IOException {
        Path zip = dir.resolve("export-" + UUID.randomUUID() + ".zip");
        Files.write(zip, archive);
        Path opened = dir.resolve("opened-" + UUID.randomUUID());
        try (ZipFile unlocked = new ZipFile(zip.toFile(), password.toCharArray())) {
            unlocked.extractAll(opened.toString());
        }
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> files = Files.walk(opened)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                everything.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return everything.toString();
    }
}
