package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D-1, D-2, D-7: requests the privacy officer handles, their deadline, extension and rejection. */
@QuarkusTest
class PrivacyRequestWorkflowTest {

    private static final String REQUESTS = "/api/v1/me/requests";
    private static final String QUEUE = "/api/v1/admin/privacy-requests";

    @Inject
    MockMailbox mailbox;

    private final Actor officer = Actors.person("Olga Officer", Role.PRIVACY_OFFICER);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theDeadlineIsOneCalendarMonthInAmsterdam() {
        assertThat(PrivacyRequest.dueAt(Instant.parse("2027-01-31T12:00:00Z"), 0))
                .isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
        assertThat(PrivacyRequest.dueAt(Instant.parse("2027-03-15T12:00:00Z"), 0))
                .as("13:00 in winter time is 13:00 in summer time a month later")
                .isEqualTo(Instant.parse("2027-04-15T11:00:00Z"));
        assertThat(PrivacyRequest.dueAt(Instant.parse("2027-01-10T08:00:00Z"), 2))
                .isEqualTo(Instant.parse("2027-04-10T07:00:00Z"));
    }

    @Test
    void anObjectionWaitsForThePrivacyOfficerWhoExtendsItAtMostTwoMonthsAndRejectsItWithAReason() {
        String email = "eva." + UUID.randomUUID() + "@example.com";
        Actor eva = withMail("Eva Erasure", email, "en");
        JsonPath filed = eva.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION", "details", "Please stop using my profile for matching."))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .body("status", equalTo("IN_PROGRESS"))
                .body("history.event", contains("RECEIVED", "HANDED_TO_PRIVACY_OFFICER"))
                .body("history[1]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("meaning")))
                .body("export", nullValue())
                .body("exportPassword", nullValue())
                .extract()
                .jsonPath();
        String id = filed.getString("id");
        Instant received = Instant.parse(filed.getString("receivedAt"));
        assertThat(Instant.parse(filed.getString("dueAt")))
                .isEqualTo(received.atZone(ZoneId.of("Europe/Amsterdam"))
                        .plusMonths(1)
                        .toInstant());

        assertThat(queued(id).getBoolean("request.overdue")).isFalse();
        assertThat(queued(id).getString("subjectId")).isNotBlank();
        TestClock.advance(Duration.ofDays(32));
        assertThat(queued(id).getBoolean("request.overdue")).isTrue();

        extend(id, Map.of("months", 3, "reason", "Veel verzoeken tegelijk."))
                .statusCode(400)
                .body("errors.find { it.field == 'months' }.code", equalTo("range"));
        extend(id, Map.of("months", 1))
                .statusCode(400)
                .body("errors.find { it.field == 'reason' }.code", equalTo("required"));
        extend(id, Map.of("months", 1, "reason", " "))
                .statusCode(400)
                .body("errors.find { it.field == 'reason' }.code", equalTo("required"));
        extend(id, Map.of("months", 2, "reason", "We need to check archived invoices."))
                .statusCode(200)
                .body("request.extensionMonths", equalTo(2))
                .body(
                        "request.dueAt",
                        equalTo(received.atZone(ZoneId.of("Europe/Amsterdam"))
                                .plusMonths(3)
                                .toInstant()
                                .toString()))
                .body("request.overdue", equalTo(false));
        extend(id, Map.of("months", 1, "reason", "Nog meer tijd."))
                .statusCode(400)
                .body("errors.find { it.field == 'months' }.code", equalTo("range"));

        officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(QUEUE + "/" + id + "/rejection")
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'reason' }.code", equalTo("required"));
        officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Your invoices must be kept for 7 years."))
                .post(QUEUE + "/" + id + "/rejection")
                .then()
                .statusCode(200)
                .body("request.status", equalTo("REJECTED"))
                .body("request.rejectionReason", equalTo("Your invoices must be kept for 7 years."));
        officer.spec().post(QUEUE + "/" + id + "/completion").then().statusCode(409);
        assertThat(officer.spec()
                        .queryParam("limit", 100)
                        .get(QUEUE)
                        .then()
                        .extract()
                        .<List<String>>path("items.request.id"))
                .doesNotContain(id);

        eva.spec()
                .get(REQUESTS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("history.event", contains("RECEIVED", "HANDED_TO_PRIVACY_OFFICER", "EXTENDED", "REJECTED"))
                .body("history[2].reason", equalTo("We need to check archived invoices."));

        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails)
                .extracting(Mail::getSubject)
                .containsExactly("We need more time for your request", "Your request was rejected");
        assertThat(mails.get(0).getText()).contains("We need to check archived invoices.");
        assertThat(mails.get(1).getText())
                .contains("Your invoices must be kept for 7 years.", "Autoriteit Persoonsgegevens");

        String subject = subjectIdOf(eva);
        officer.spec()
                .queryParam("subject", subject)
                .queryParam("limit", 100)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        contains(
                                "PRIVACY_REQUEST_REJECTED",
                                "PRIVACY_REQUEST_EXTENDED",
                                "PRIVACY_REQUEST_IN_PROGRESS",
                                "PRIVACY_REQUEST_RECEIVED"))
                .body("items.details.request", org.hamcrest.Matchers.everyItem(equalTo(id)));
    }

    @Test
    void theQueueIsOrderedByDeadlineAndTheOfficerCompletesByHand() {
        Actor olaf = Actors.professional("Olaf Objection");
        String first = file(olaf, "OBJECTION");
        TestClock.advance(Duration.ofDays(1));
        String second = file(olaf, "RECTIFICATION");

        List<String> order = officer.spec()
                .queryParam("limit", 100)
                .get(QUEUE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.request.id");
        assertThat(order).containsSubsequence(first, second);
        List<String> dues = officer.spec()
                .queryParam("limit", 100)
                .get(QUEUE)
                .then()
                .extract()
                .path("items.request.dueAt");
        assertThat(dues).isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse));

        officer.spec()
                .post(QUEUE + "/" + first + "/completion")
                .then()
                .statusCode(200)
                .body("request.status", equalTo("COMPLETED"))
                .body("request.closedAt", org.hamcrest.Matchers.notNullValue());
        olaf.spec()
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first))
                .body("items.find { it.id == '" + first + "' }.history.event", hasItem("COMPLETED"));

        officer.spec()
                .post(QUEUE + "/" + UUID.randomUUID() + "/completion")
                .then()
                .statusCode(404);
        olaf.spec().post(QUEUE + "/" + second + "/completion").then().statusCode(403);
        olaf.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "FORGET_ME"))
                .post(REQUESTS)
                .then()
                .statusCode(400);
    }

    private io.restassured.response.ValidatableResponse extend(String id, Map<String, Object> body) {
        return officer.spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post(QUEUE + "/" + id + "/extension")
                .then()
                .contentType(org.hamcrest.Matchers.startsWith("application/"));
    }

    private JsonPath queued(String id) {
        List<Map<String, Object>> items = officer.spec()
                .queryParam("limit", 100)
                .get(QUEUE)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Object> item = items.stream()
                .filter(i -> id.equals(((Map<?, ?>) i.get("request")).get("id")))
                .findFirst()
                .orElseThrow();
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(item)
                .toString());
    }

    private static String subjectIdOf(Actor actor) {
        return actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
    }

    private static String file(Actor actor, String type) {
        return actor.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", type))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .body("status", equalTo("IN_PROGRESS"))
                .extract()
                .path("id");
    }

    private static Actor withMail(String name, String email, String locale) {
        String subject = "kc-" + UUID.randomUUID();
        return new Actor(subject, name, Tokens.person(subject, name, email, locale, Role.PROFESSIONAL));
    }
}
