package nl.werkbank.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Language;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * T-1, T-5: the policies as data and the categories this branch sweeps (closed accounts,
 * unverified submissions, sent mail; export archives in PrivacyExportTest): a record just inside
 * its period stays, one just outside goes; holds stop erasure; the privacy office's digest.
 */
@QuarkusTest
class RetentionPoliciesTest {

    private static final String POLICIES = "/api/v1/admin/retention/policies";

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    RetentionDigest digest;

    @Inject
    WerkbankConfig config;

    @AfterEach
    void restore() {
        TestClock.reset();
    }

    @Test
    void everyCategoryHasItsDefaultPolicy() {
        Actors.privacyOfficer()
                .spec()
                .get(POLICIES)
                .then()
                .statusCode(200)
                .body(
                        "category",
                        hasItems(
                                "anonymous-poster",
                                "closed-account",
                                "export-archive",
                                "financial-record",
                                "inactive-profile",
                                "privacy-request-audit",
                                "response",
                                "response-kept",
                                "response-this-assignment-only",
                                "security-log",
                                "sent-mail",
                                "unverified-submission"))
                .body("find { it.category == 'closed-account' }.period", equalTo("P30D"))
                .body("find { it.category == 'closed-account' }.supportedActions", contains("DELETE"))
                .body("find { it.category == 'financial-record' }.legalMinimum", equalTo("P7Y"))
                .body("find { it.category == 'sent-mail' }.legalMinimum", nullValue())
                .body("find { it.category == 'sent-mail' }.action", equalTo("ANONYMISE"));
    }

    @Test
    void aPolicyChangeIsCheckedAgainstTheLawAndTheSweepAndAudited() {
        put("financial-record", "P6Y11M", "DELETE")
                .then()
                .statusCode(400)
                .body("errors.field", contains("period"))
                .body("errors.code", contains("range"));
        put("export-archive", "P-1D", "DELETE").then().statusCode(400).body("errors.code", contains("range"));
        put("export-archive", "a week", "DELETE").then().statusCode(400).body("errors.code", contains("format"));
        put("closed-account", "P30D", "ANONYMISE")
                .then()
                .statusCode(400)
                .body("errors.field", contains("action"))
                .body("errors.code", contains("one-of"));
        put("no-such-category", "P1D", "DELETE").then().statusCode(404);
        put("financial-record", "P84M", "DELETE").then().statusCode(200).body("period", equalTo("P84M"));
        put("financial-record", "P7Y", "DELETE").then().statusCode(200);

        try {
            put("export-archive", "P8D", "DELETE").then().statusCode(200).body("period", equalTo("P8D"));
            Map<String, String> details = lastAudit("RETENTION_POLICY_CHANGED");
            assertThat(details)
                    .containsEntry("category", "export-archive")
                    .containsEntry("oldPeriod", "p7d")
                    .containsEntry("newPeriod", "p8d");
        } finally {
            put("export-archive", "P7D", "DELETE").then().statusCode(200);
        }
    }

    @Test
    void aClosedAccountJustInsideItsPeriodStaysAndJustOutsideIsErased() {
        Actor carla = Actors.professional("Carla Closed");
        UUID subject = subjectIdOf(carla);
        Instant closedAt = Instant.parse(carla.spec()
                .post("/api/v1/me/closure")
                .then()
                .statusCode(200)
                .extract()
                .path("closedAt"));
        Instant due = Instant.parse(carla.spec()
                .post("/api/v1/me/closure")
                .then()
                .statusCode(200)
                .extract()
                .path("erasureDueAt"));
        assertThat(Duration.between(closedAt, due)).isEqualTo(Duration.ofDays(30));

        TestClock.advance(Duration.between(Instant.now(), due).minusMinutes(1));
        Retention.run();
        assertThat(subjectExists(subject)).isTrue();

        TestClock.advance(Duration.ofMinutes(2));
        Retention.run();
        assertThat(subjectExists(subject)).isFalse();
    }

    @Test
    void changingTheClosedAccountPeriodMovesTheErasureDateOfClosedAccounts() {
        Actor dirk = Actors.professional("Dirk Due");
        UUID subject = subjectIdOf(dirk);
        Instant closedAt = Instant.parse(dirk.spec()
                .post("/api/v1/me/closure")
                .then()
                .statusCode(200)
                .extract()
                .path("closedAt"));
        try {
            put("closed-account", "P45D", "DELETE").then().statusCode(200);
            assertThat(erasureDueAt(subject)).isEqualTo(closedAt.plus(Duration.ofDays(45)));
            Instant shown = Instant.parse(dirk.spec()
                    .post("/api/v1/me/closure")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("erasureDueAt"));
            assertThat(shown).isEqualTo(closedAt.plus(Duration.ofDays(45)));
        } finally {
            put("closed-account", "P30D", "DELETE").then().statusCode(200);
        }
        assertThat(erasureDueAt(subject)).isEqualTo(closedAt.plus(Duration.ofDays(30)));
    }

    /** T-5, Art. 17(3)(e): a held subject is neither erased on request nor by the closed-account sweep. */
    @Test
    void aSubjectUnderLegalHoldIsNotErasedUntilTheHoldIsReleased() {
        Actor hugo = Actors.professional("Hugo Held");
        UUID subject = subjectIdOf(hugo);
        String hold = Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("subjectId", subject.toString(), "reason", "Lopende claim over een plaatsing."))
                .post("/api/v1/admin/legal-holds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        hugo.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .body("status", equalTo("IN_PROGRESS"))
                .body("history.event", hasItem("ERASURE_HELD_FOR_LEGAL_CLAIM"));
        assertThat(subjectExists(subject)).isTrue();
        assertThat(auditCount("ERASURE_SKIPPED_UNDER_HOLD", subject)).isOne();

        hugo.spec().post("/api/v1/me/closure").then().statusCode(200);
        TestClock.advance(Duration.ofDays(31));
        RetentionRunReport held = Retention.run();
        assertThat(subjectExists(subject)).isTrue();
        assertThat(category(held, "closed-account").held()).isPositive();

        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "De claim is afgewezen."))
                .post("/api/v1/admin/legal-holds/" + hold + "/release")
                .then()
                .statusCode(200);
        Retention.run();
        assertThat(subjectExists(subject)).isFalse();
    }

    @Test
    void anUnverifiedSubmissionJustInsideItsPeriodStaysAndJustOutsideGoes() {
        String older = subscribe("older");
        TestClock.advance(Duration.ofMinutes(2));
        String newer = subscribe("newer");
        TestClock.reset();

        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        Retention.run();

        assertThat(alertsOf(older))
                .as("made 7 days and 1 minute ago: just outside")
                .isZero();
        assertThat(alertsOf(newer))
                .as("made 6 days, 23 hours and 59 minutes ago: just inside")
                .isOne();
    }

    @Test
    void sentMailKeepsItsContentForThirtyDaysThenOnlyItsMetadata() {
        String recipient = AssignmentFixtures.uniqueEmail("sent");
        UUID message = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new Mail(
                        null,
                        recipient,
                        Language.en,
                        new RetentionMails.Digest(List.of(), "2026-01-01"),
                        List.of(new Mail.Attachment("note.txt", "text/plain", "attached".getBytes())))));
        Mailbox.sendAll();
        Instant sentAt = sentAt(message);

        TestClock.advance(Duration.between(Instant.now(), sentAt.plus(Duration.ofDays(30)))
                .minusMinutes(1));
        Retention.run();
        assertThat(body(message)).contains("retention run");
        assertThat(attachments(message)).isOne();

        TestClock.advance(Duration.ofMinutes(2));
        Retention.run();
        assertThat(body(message)).doesNotContain("retention run").contains("removed after its retention period");
        assertThat(attachments(message)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                        .createNativeQuery("SELECT recipient || ' ' || template FROM outbox_message WHERE id = :id")
                        .setParameter("id", message)
                        .getSingleResult()))
                .isEqualTo(recipient + " retention-digest");
    }

    /** T-4 grace period: counts per category of what the next run removes, no personal data, once a day. */
    @Test
    void thePrivacyOfficeIsToldEachDayWhatTheNextRunRemoves() {
        TestClock.advance(Duration.ofDays(3));
        String email = subscribe("digest");
        TestClock.advance(Duration.ofDays(6).plusHours(1));

        RetentionRunReport report = digest.send().orElseThrow();
        assertThat(report.dryRun()).isTrue();
        assertThat(category(report, "unverified-submission").deleted()).isPositive();
        assertThat(alertsOf(email)).as("a dry run removes nothing").isOne();
        assertThat(digest.send()).as("once a day").isEmpty();

        Mailbox.sendAll();
        List<io.quarkus.mailer.Mail> mails = Mailbox.to(
                io.quarkus.arc.Arc.container()
                        .instance(io.quarkus.mailer.MockMailbox.class)
                        .get(),
                config.privacyContact());
        String text = mails.get(mails.size() - 1).getText();
        assertThat(text)
                .contains("unverified-submission: "
                        + category(report, "unverified-submission").deleted() + " weg")
                .doesNotContain(email);
    }

    private io.restassured.response.Response put(String category, String period, String action) {
        return Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("period", period, "action", action, "enabled", true))
                .put(POLICIES + "/" + category);
    }

    private static String subscribe(String name) {
        String email = AssignmentFixtures.uniqueEmail(name);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        return email;
    }

    private static UUID subjectIdOf(Actor actor) {
        return UUID.fromString(
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId"));
    }

    private static RetentionRunReport.CategoryReport category(RetentionRunReport report, String category) {
        return report.categories().stream()
                .filter(c -> c.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError(category + " not in the run"));
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter("p", parameter)
                                .getSingleResult())
                        .longValue());
    }

    private boolean subjectExists(UUID subject) {
        return count("SELECT count(*) FROM subject WHERE id = :p", subject) > 0;
    }

    private long alertsOf(String email) {
        return count("SELECT count(*) FROM job_alert WHERE email = :p", email);
    }

    private long attachments(UUID message) {
        return count("SELECT count(*) FROM outbox_attachment WHERE message_id = :p", message);
    }

    private long auditCount(String action, UUID subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM audit_entry WHERE action = :a AND subject_ref = :s")
                                .setParameter("a", action)
                                .setParameter("s", subject)
                                .getSingleResult())
                        .longValue());
    }

    private Instant erasureDueAt(UUID subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) entityManager
                .createNativeQuery("SELECT erasure_due_at FROM subject WHERE id = :id", Instant.class)
                .setParameter("id", subject)
                .getSingleResult());
    }

    private Instant sentAt(UUID message) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) entityManager
                .createNativeQuery("SELECT sent_at FROM outbox_message WHERE id = :id", Instant.class)
                .setParameter("id", message)
                .getSingleResult());
    }

    private String body(UUID message) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT body_text FROM outbox_message WHERE id = :id")
                .setParameter("id", message)
                .getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> lastAudit(String action) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object details = entityManager
                    .createNativeQuery(
                            "SELECT CAST(details AS text) FROM audit_entry WHERE action = :a ORDER BY seq DESC LIMIT 1")
                    .setParameter("a", action)
                    .getSingleResult();
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue((String) details, Map.class);
        });
    }
}
