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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** K-1, K-2: anonymised requests to the coach network; one coach, and only one, gets the details. */
@QuarkusTest
class ContactRequestTest {

    @Inject
    EntityManager entityManager;

    @Inject
    IntroductionMaintenance maintenance;

    @Inject
    MockMailbox mailbox;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Canaryname" + tag;
    private final String email = "canary." + tag + "@example.nl";
    private final String phone = "+31 6 " + Math.abs(tag.hashCode() % 100_000_000);
    private final String secretMotivation = "Canarymotivation" + tag;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private Map<String, Object> request(boolean shareMotivation, String motivation) {
        Map<String, Object> body = new HashMap<>();
        body.put("topics", List.of("CAREER_DIRECTION", "RATES_AND_CONTRACTS"));
        body.put("motivation", motivation);
        body.put("shareMotivation", shareMotivation);
        body.put("contact", Map.of("name", name, "email", email, "phone", phone));
        return body;
    }

    private String send(Actor candidate, Map<String, Object> body) {
        return candidate
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/contact-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    private static Actor coach(String name) {
        Actor coach = Actors.person(name, Role.COACH);
        coach.spec().get("/api/v1/me").then().statusCode(200);
        return coach;
    }

    @Test
    void thePreviewIsExactlyWhatCoachesSee() {
        Actor candidate = Actors.professional("Kim Kandidaat");
        Map<String, Object> body = request(false, secretMotivation);
        Map<String, Object> preview = candidate
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/contact-requests/preview")
                .then()
                .statusCode(200)
                .body("motivation", nullValue())
                .body("topics", contains("CAREER_DIRECTION", "RATES_AND_CONTRACTS"))
                .extract()
                .path("$");
        String id = send(candidate, body);

        Map<String, Object> seen = coachSees(coach("Coby Coach"), id);
        assertThat(seen).containsAllEntriesOf(Map.of("topics", preview.get("topics")));
        assertThat(seen.get("motivation")).isEqualTo(preview.get("motivation")).isNull();
        assertThat(seen.keySet()).containsExactlyInAnyOrder("id", "topics", "motivation", "createdAt");
    }

    @Test
    void aSharedMotivationIsShownAndNothingIdentifyingIs() {
        Actor candidate = Actors.professional(name);
        String shared = "Ik zoek advies over tarieven.";
        String id = send(candidate, request(true, shared));
        Actor coach = coach("Coby Coach");
        assertThat(coachSees(coach, id)).containsEntry("motivation", shared);

        assertThat(allOpen(coach).toString()).doesNotContain(name, email, phone, tag);
    }

    /** The canary: before acceptance no coach sees anything identifying; after it, only the winner. */
    @Test
    void nothingIdentifyingReachesCoachesBeforeAcceptanceNorOtherCoachesAfter() {
        Actor candidate = Actors.professional(name);
        String id = send(candidate, request(false, secretMotivation));
        Actor first = coach("Coby Coach");
        Actor second = coach("Daan Coach");

        for (Actor coach : List.of(first, second)) {
            String open = everythingVisibleTo(coach);
            assertThat(open).doesNotContain(name, email, phone, secretMotivation, tag);
        }

        String accepted = first.spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("contact.name", equalTo(name))
                .body("contact.email", equalTo(email))
                .body("contact.phone", equalTo(phone))
                .body("motivation", nullValue())
                .extract()
                .asString();
        assertThat(accepted).doesNotContain(secretMotivation);

        Response refused = second.spec().post("/api/v1/contact-requests/" + id + "/acceptance");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).doesNotContain(name, email, phone, tag);
        assertThat(everythingVisibleTo(second)).doesNotContain(name, email, phone, secretMotivation, tag);
        assertThat(everythingVisibleTo(first)).contains(name, email).doesNotContain(secretMotivation);
    }

    private static String everythingVisibleTo(Actor coach) {
        return allOpen(coach)
                + coach.spec()
                        .get("/api/v1/me/accepted-contact-requests?limit=100")
                        .asString();
    }

    /** Every open request, following the cursor: other tests leave requests of their own. */
    static List<Map<String, Object>> allOpen(Actor coach) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = coach.spec().queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/contact-requests")
                    .then()
                    .statusCode(200)
                    .extract();
            all.addAll(page.<List<Map<String, Object>>>path("items"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void theCandidateIsToldWhichCoachAcceptedAndTheReleaseIsADisclosure() {
        Actor candidate = Actors.professional(name);
        String candidateSubject = subjectOf(candidate);
        String id = send(candidate, request(true, "Graag een gesprek."));
        Actor coach = coach("Cora Bakker");
        coach.spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(200);

        candidate
                .spec()
                .get("/api/v1/me/contact-requests")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].acceptedBy", equalTo("Cora Bakker"));
        candidate
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .body("items", hasSize(1))
                .body("items[0].recipient.kind", equalTo("coach-network"))
                .body("items[0].recipient.name", nullValue())
                .body("items[0].recipientPerson", equalTo("Cora Bakker"))
                .body("items[0].categories", contains("contact-details", "name"))
                .body("items[0].purpose", equalTo("coaching"));
        assertThat(disclosureAudits(candidateSubject)).isEqualTo(1);

        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("Cora Bakker");
    }

    /** K-2: 20 accepts by two coaches at the same instant: exactly one 200, the rest 409, one disclosure. */
    @Test
    void twentyParallelAcceptsByTwoCoachesGiveExactlyOneWinner() throws Exception {
        Actor candidate = Actors.professional(name);
        String candidateSubject = subjectOf(candidate);
        String id = send(candidate, request(false, secretMotivation));
        List<Actor> coaches = List.of(coach("Coby Coach"), coach("Daan Coach"));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> accepts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Actor coach = coaches.get(i % 2);
                accepts.add(() -> {
                    start.await();
                    return coach.spec()
                            .post("/api/v1/contact-requests/" + id + "/acceptance")
                            .statusCode();
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            accepts.forEach(call -> results.add(pool.submit(call)));
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(19);
        candidate.spec().get("/api/v1/me/disclosures").then().body("items", hasSize(1));
        assertThat(disclosureAudits(candidateSubject)).isEqualTo(1);
        long holders = coaches.stream()
                .mapToLong(c -> c.spec()
                        .get("/api/v1/me/accepted-contact-requests")
                        .then()
                        .extract()
                        .<List<?>>path("items")
                        .size())
                .sum();
        assertThat(holders).isEqualTo(1);
    }

    @Test
    void onlyProfessionalsSendAndOnlyCoachesSeeOrAccept() {
        Actor candidate = Actors.professional(name);
        String id = send(candidate, request(true, "Graag."));
        Actor client = Actors.clientOf("Xander X", "X BV", true).actor();
        client.spec()
                .contentType(ContentType.JSON)
                .body(request(true, "Graag."))
                .post("/api/v1/contact-requests")
                .then()
                .statusCode(403);
        client.spec().get("/api/v1/contact-requests").then().statusCode(403);
        client.spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(403);
        candidate
                .spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(403);
        coach("Coby Coach")
                .spec()
                .post("/api/v1/contact-requests/" + UUID.randomUUID() + "/acceptance")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherProfessionalCannotSeeOrWithdrawTheRequest() {
        Actor candidate = Actors.professional(name);
        String id = send(candidate, request(true, "Graag."));
        Actor other = Actors.professional("Bram B");
        other.spec().get("/api/v1/me/contact-requests").then().body("items", hasSize(0));
        other.spec().delete("/api/v1/me/contact-requests/" + id).then().statusCode(404);

        candidate.spec().delete("/api/v1/me/contact-requests/" + id).then().statusCode(204);
        candidate.spec().get("/api/v1/me/contact-requests").then().body("items", hasSize(0));
        coach("Coby Coach")
                .spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(404);
    }

    @Test
    void invalidRequestsAreRefusedWithFieldErrors() {
        Actor candidate = Actors.professional(name);
        Map<String, Object> body = request(true, " ");
        body.put("topics", List.of());
        body.put("contact", Map.of("name", name, "email", "geen-adres"));
        candidate
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/contact-requests")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("topics", "motivation", "contact.email"));
    }

    /** Expiry erases an open request with its message; the sweep is what the scheduler calls. */
    @Test
    void expiredRequestsAreErasedWithTheirMotivation() {
        Actor candidate = Actors.professional(name);
        String open = send(candidate, request(false, secretMotivation));
        Actor coach = coach("Coby Coach");
        String accepted = send(candidate, request(true, "Geaccepteerd"));
        coach.spec()
                .post("/api/v1/contact-requests/" + accepted + "/acceptance")
                .then()
                .statusCode(200);

        TestClock.advance(Duration.ofDays(29));
        maintenance.run();
        assertThat(rowsOf(open)).isEqualTo(1);

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        coach.spec()
                .post("/api/v1/contact-requests/" + open + "/acceptance")
                .then()
                .statusCode(404);
        assertThat(allOpen(coach).toString()).doesNotContain(open);
        assertThat(maintenance.run()).isGreaterThanOrEqualTo(2);
        assertThat(rowsOf(open)).isZero();
        assertThat(rowsOf(accepted)).isZero();
        candidate.spec().get("/api/v1/me/contact-requests").then().body("items", hasSize(0));
    }

    private long rowsOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT count(r) FROM ContactRequest r WHERE r.id = :id")
                .setParameter("id", UUID.fromString(id))
                .getSingleResult());
    }

    private long disclosureAudits(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("SELECT count(e) FROM AuditEntry e WHERE e.subjectRef = :s AND e.action = :a")
                .setParameter("s", UUID.fromString(subjectId))
                .setParameter("a", "PERSONAL_DATA_DISCLOSED")
                .getSingleResult());
    }

    /** D-5: a restricted candidate's request leaves the coaches' list and cannot be accepted until lifted. */
    @Test
    void aRestrictedCandidatesRequestIsNeitherShownNorAcceptedUntilTheRestrictionEnds() {
        Actor candidate = Actors.professional(name);
        String id = send(candidate, request(false, "Beperkt verzoek."));
        Actor coach = coach("Ruud Restrictie");
        fileRequest(candidate, "RESTRICTION");

        assertThat(allOpen(coach)).noneMatch(item -> id.equals(item.get("id")));
        coach.spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(404);
        String later = send(candidate, request(false, "Tijdens de beperking."));
        assertThat(allOpen(coach)).noneMatch(item -> later.equals(item.get("id")));

        fileRequest(candidate, "LIFT_RESTRICTION");
        assertThat(coachSees(coach, id)).containsEntry("id", id);
        coach.spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(200);
    }

    /** K-2: a coach whose very first call is the accept gets the details, not a 500. */
    @Test
    void aCoachsFirstCallMayBeTheAccept() {
        String id = send(Actors.professional(name), request(false, "Eerste oproep."));
        Actors.person("Nieuwe Coach", Role.COACH)
                .spec()
                .post("/api/v1/contact-requests/" + id + "/acceptance")
                .then()
                .statusCode(200);
    }

    private static void fileRequest(Actor subject, String type) {
        subject.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", type))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"));
    }

    private static String subjectOf(Actor actor) {
        return actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
    }

    private static Map<String, Object> coachSees(Actor coach, String id) {
        return allOpen(coach).stream()
                .filter(item -> id.equals(item.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " not in the coach's list"));
    }
}
