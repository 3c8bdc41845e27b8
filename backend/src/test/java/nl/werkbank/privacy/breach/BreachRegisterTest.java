package nl.werkbank.privacy.breach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Role;
import nl.werkbank.notification.OutboxSender;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D-9: the breach register, its 72-hour deadline, the decision and the notice to subjects (Art. 33/34). */
@QuarkusTest
class BreachRegisterTest {

    private static final String REGISTER = "/api/v1/admin/breaches";

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender outbox;

    private final Actor officer = Actors.person("Olga Officer", Role.PRIVACY_OFFICER);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theDeadlineRunsFromDiscoveryAndAnUndecidedIncidentBecomesOverdue() {
        Instant discovered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = record(incident(discovered)).extract().path("id");

        officer.spec()
                .get(REGISTER + "/" + id)
                .then()
                .statusCode(200)
                .body("decision", equalTo("PENDING"))
                .body(
                        "authorityDeadline",
                        equalTo(discovered.plus(Duration.ofHours(72)).toString()))
                .body("overdue", equalTo(false));

        TestClock.advance(Duration.ofHours(69).plusMinutes(59));
        officer.spec().get(REGISTER + "/" + id).then().body("overdue", equalTo(false));
        TestClock.advance(Duration.ofMinutes(2));
        officer.spec().get(REGISTER + "/" + id).then().body("overdue", equalTo(true));
        officer.spec()
                .queryParam("limit", 100)
                .get(REGISTER)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.overdue", equalTo(true));

        Map<String, Object> notified = incident(discovered);
        notified.put("decision", "NOTIFIED");
        notified.put(
                "authorityNotifiedAt", discovered.plus(Duration.ofHours(71)).toString());
        officer.spec()
                .contentType(ContentType.JSON)
                .body(notified)
                .put(REGISTER + "/" + id)
                .then()
                .statusCode(200)
                .body("decision", equalTo("NOTIFIED"))
                .body("overdue", equalTo(false));
    }

    @Test
    void aLateNotificationNeedsTheReasonsForTheDelay() {
        Instant discovered = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> late = incident(discovered);
        late.put("decision", "NOTIFIED");
        late.put("authorityNotifiedAt", discovered.plus(Duration.ofHours(80)).toString());
        invalid(late, "delayReason", "required");

        late.put("delayReason", "De omvang werd pas na vier dagen duidelijk.");
        record(late).body("delayReason", equalTo("De omvang werd pas na vier dagen duidelijk."));

        Map<String, Object> onTime = incident(discovered);
        onTime.put("decision", "NOTIFIED");
        onTime.put("authorityNotifiedAt", discovered.plus(Duration.ofHours(10)).toString());
        onTime.put("delayReason", "niet nodig");
        invalid(onTime, "delayReason", "not-allowed");
    }

    @Test
    void notNotifiableNeedsAReasonAndIsKeptInTheRegister() {
        Map<String, Object> body = incident(Instant.now().minus(Duration.ofHours(1)));
        body.put("decision", "NOT_NOTIFIABLE");
        invalid(body, "notNotifiableReason", "required");
        body.put("notNotifiableReason", "   ");
        invalid(body, "notNotifiableReason", "required");

        body.put("notNotifiableReason", "Versleuteld bestand, sleutel niet gelekt: geen risico.");
        String id = record(body)
                .body("decision", equalTo("NOT_NOTIFIABLE"))
                .body("notNotifiableReason", equalTo("Versleuteld bestand, sleutel niet gelekt: geen risico."))
                .body("authorityNotifiedAt", nullValue())
                .extract()
                .path("id");
        officer.spec().get(REGISTER + "/" + id).then().statusCode(200).body("decision", equalTo("NOT_NOTIFIABLE"));

        body.put("highRisk", true);
        invalid(body, "decision", "not-allowed");
    }

    @Test
    void fieldsAreCheckedWithStableCodes() {
        officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "PENDING"))
                .post(REGISTER)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "whatHappened",
                                "discoveredAt",
                                "dataCategories",
                                "approximateSubjects",
                                "likelyConsequences",
                                "measuresTaken",
                                "highRisk"))
                .body("errors.code", org.hamcrest.Matchers.everyItem(equalTo("required")));

        Map<String, Object> future = incident(Instant.now().plus(Duration.ofHours(1)));
        future.put(
                "authorityNotifiedAt", Instant.now().minus(Duration.ofHours(1)).toString());
        officer.spec()
                .contentType(ContentType.JSON)
                .body(future)
                .post(REGISTER)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("discoveredAt", "authorityNotifiedAt"))
                .body("errors.code", containsInAnyOrder("range", "not-allowed"));

        Map<String, Object> notified = incident(Instant.now().minus(Duration.ofHours(1)));
        notified.put("decision", "NOTIFIED");
        invalid(notified, "authorityNotifiedAt", "required");
        notified.put(
                "authorityNotifiedAt", Instant.now().minus(Duration.ofHours(2)).toString());
        invalid(notified, "authorityNotifiedAt", "range");

        Map<String, Object> wrongCategory = incident(Instant.now().minus(Duration.ofHours(1)));
        wrongCategory.put("dataCategories", List.of("BANK_ROBBERY"));
        invalid(wrongCategory, "dataCategories[0]", "one-of");
        Map<String, Object> noCategory = incident(Instant.now().minus(Duration.ofHours(1)));
        noCategory.put("dataCategories", List.of());
        invalid(noCategory, "dataCategories", "too-short");
        Map<String, Object> negative = incident(Instant.now().minus(Duration.ofHours(1)));
        negative.put("approximateSubjects", -1);
        invalid(negative, "approximateSubjects", "range");
        Map<String, Object> serverOwned = incident(Instant.now().minus(Duration.ofHours(1)));
        serverOwned.put("overdue", false);
        invalid(serverOwned, "overdue", "unknown");

        officer.spec()
                .contentType(ContentType.JSON)
                .body(incident(Instant.now()))
                .put(REGISTER + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void highRiskIncidentsAreToldToTheSubjectsInTheirLanguage() {
        outbox.sendDue();
        mailbox.clear();
        String dutchAddress = "nina." + UUID.randomUUID() + "@example.nl";
        String englishAddress = "eric." + UUID.randomUUID() + "@example.com";
        String dutch = subjectWithMail("Nina Nederlands", dutchAddress, "nl");
        String english = subjectWithMail("Eric English", englishAddress, "en");
        String unknown = UUID.randomUUID().toString();

        Map<String, Object> body = incident(Instant.now().minus(Duration.ofHours(3)));
        String lowRisk = record(body).extract().path("id");
        Map<String, Object> notice = Map.of(
                "subjectIds",
                List.of(dutch, english, unknown, dutch),
                "explanation",
                Map.of(
                        "nl", "Een laptop met een export van profielen is gestolen. Let op phishingmails.",
                        "en", "A laptop holding an export of profiles was stolen. Watch out for phishing mail."));
        officer.spec()
                .contentType(ContentType.JSON)
                .body(notice)
                .post(REGISTER + "/" + lowRisk + "/notices")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        body.put("highRisk", true);
        String id = record(body).extract().path("id");
        officer.spec()
                .contentType(ContentType.JSON)
                .body(notice)
                .post(REGISTER + "/" + id + "/notices")
                .then()
                .statusCode(202)
                .body("queued", equalTo(2))
                .body("withoutAddress", contains(unknown));
        officer.spec()
                .get(REGISTER + "/" + id)
                .then()
                .body("subjectsNotified", equalTo(2))
                .body("subjectsNotifiedAt", org.hamcrest.Matchers.notNullValue());

        outbox.sendDue();
        List<Mail> toNina = Mailbox.to(mailbox, dutchAddress);
        assertThat(toNina).hasSize(1);
        assertThat(toNina.get(0).getSubject()).isEqualTo("Een incident met je persoonsgegevens bij Werkbank");
        assertThat(toNina.get(0).getText())
                .contains("Een laptop met een export van profielen is gestolen.")
                .contains("namen, cv-bestanden")
                .contains("privacy@werkbank.test")
                .contains("Autoriteit Persoonsgegevens");
        List<Mail> toEric = Mailbox.to(mailbox, englishAddress);
        assertThat(toEric).hasSize(1);
        assertThat(toEric.get(0).getText())
                .contains("A laptop holding an export of profiles was stolen.")
                .contains("names, CV files")
                .doesNotContain("gestolen");

        JsonPath audited = officer.spec()
                .queryParam("subject", dutch)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audited.getList("items.action")).containsExactly("BREACH_SUBJECT_NOTIFIED");
        assertThat(audited.getString("items[0].details.breach")).isEqualTo(id);
        officer.spec()
                .queryParam("subject", unknown)
                .get("/api/v1/admin/audit")
                .then()
                .body("items.action", contains("BREACH_SUBJECT_UNREACHABLE"));

        officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("subjectIds", List.of(), "explanation", Map.of("nl", "x")))
                .post(REGISTER + "/" + id + "/notices")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("subjectIds", "explanation.en"));
    }

    @Test
    void everyChangeIsAuditedWithoutItsText() {
        Map<String, Object> body = incident(Instant.now().minus(Duration.ofHours(1)));
        body.put("whatHappened", "Mail aan jan@example.nl verkeerd verstuurd");
        String id = record(body).extract().path("id");
        body.put("measuresTaken", "Ontvanger gevraagd de mail te verwijderen.");
        officer.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .put(REGISTER + "/" + id)
                .then()
                .statusCode(200);
        String officerSubject =
                officer.spec().get("/api/v1/me").then().extract().path("subjectId");
        String log = officer.spec()
                .queryParam("actor", "subject:" + officerSubject)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("BREACH_UPDATED", "BREACH_RECORDED"))
                .body("items.details.breach", contains(id, id))
                .extract()
                .asString();
        assertThat(log).doesNotContain("jan@example.nl", "Ontvanger");
    }

    @Test
    void onlyThePrivacyOfficerKeepsTheRegister() {
        String id = record(incident(Instant.now().minus(Duration.ofHours(1))))
                .extract()
                .path("id");
        List<Actor> others = List.of(
                Actors.admin(),
                Actors.client("Kees Klant"),
                Actors.professional("Petra Pro"),
                Actors.person("Coen Coach", Role.COACH));
        for (Actor other : others) {
            other.spec().get(REGISTER).then().statusCode(403).contentType("application/problem+json");
            other.spec().get(REGISTER + "/" + id).then().statusCode(403);
            other.spec()
                    .contentType(ContentType.JSON)
                    .body(incident(Instant.now()))
                    .post(REGISTER)
                    .then()
                    .statusCode(403);
            other.spec()
                    .contentType(ContentType.JSON)
                    .body(incident(Instant.now()))
                    .put(REGISTER + "/" + id)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.service("nosy-board", Role.PRIVACY_OFFICER))
                .get(REGISTER)
                .then()
                .statusCode(403);
        given().get(REGISTER).then().statusCode(401).contentType("application/problem+json");
        given().get(REGISTER + "/" + id).then().statusCode(401);
        officer.spec().get(REGISTER + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void theRegisterIsPagedMostRecentlyDiscoveredFirst() {
        Instant base = Instant.now().minus(Duration.ofDays(400));
        for (int i = 0; i < 3; i++) {
            record(incident(base.plus(Duration.ofMinutes(i))));
        }
        JsonPath first = officer.spec()
                .queryParam("limit", 2)
                .get(REGISTER)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .jsonPath();
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        List<String> discovered = first.getList("items.discoveredAt");
        assertThat(Instant.parse(discovered.get(0))).isAfterOrEqualTo(Instant.parse(discovered.get(1)));
        List<String> next = officer.spec()
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(REGISTER)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(next).doesNotContainAnyElementsOf(first.getList("items.id"));
    }

    private io.restassured.response.ValidatableResponse record(Map<String, Object> body) {
        return officer.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post(REGISTER)
                .then()
                .statusCode(201);
    }

    private void invalid(Map<String, Object> body, String field, String code) {
        officer.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post(REGISTER)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }

    private static Map<String, Object> incident(Instant discovered) {
        Map<String, Object> body = new HashMap<>();
        body.put("whatHappened", "Een laptop met een export van profielen is gestolen uit een auto.");
        body.put("discoveredAt", discovered.toString());
        body.put("dataCategories", List.of("CV", "NAME"));
        body.put("approximateSubjects", 120);
        body.put("likelyConsequences", "Phishing met kennis van werkervaring.");
        body.put("measuresTaken", "Laptop op afstand gewist; wachtwoorden vernieuwd.");
        body.put("highRisk", false);
        body.put("decision", "PENDING");
        return body;
    }

    /** A person with an account and a mail address, as the identity provider reports them. */
    private static String subjectWithMail(String name, String email, String locale) {
        String oidcSubject = "kc-" + UUID.randomUUID();
        return given().auth()
                .oauth2(Tokens.person(oidcSubject, name, email, locale, Role.PROFESSIONAL))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("subjectId");
    }
}
