package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * T-1 {@code privacy-request-audit}: a closed data-subject request and its steps are kept 5 years
 * after completion, then go; the audit log's entries about it stay (append-only, no personal data).
 */
@QuarkusTest
class PrivacyRequestAuditSweepTest {

    private static final Period FIVE_YEARS = Period.parse("P5Y");

    @Inject
    PrivacyRequestAuditSweep sweep;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aCompletedRequestSurvivesUntilFiveYearsAfterCompletionAndThenGoesWithItsSteps() {
        Actors.Actor petra = Actors.professional("Petra Privacy");
        String requestId = petra.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Instant closedAt = QuarkusTransaction.requiringNew().call(() -> (Instant) entityManager
                .createNativeQuery("SELECT closed_at FROM privacy_request WHERE id = :id", Instant.class)
                .setParameter("id", UUID.fromString(requestId))
                .getSingleResult());
        assertThat(closedAt).as("an access request is completed at once").isNotNull();
        assertThat(count("privacy_request_step", requestId)).isPositive();
        long auditEntries = auditEntriesAbout(requestId);
        assertThat(auditEntries).isPositive();
        Instant expires = closedAt.atZone(ZoneOffset.UTC).plus(FIVE_YEARS).toInstant();

        moveTo(expires.minus(Duration.ofMinutes(1)));
        assertThat(due()).extracting(DueRecord::key).doesNotContain(requestId);

        moveTo(expires.plus(Duration.ofMinutes(1)));
        List<DueRecord> mine =
                due().stream().filter(r -> r.key().equals(requestId)).toList();
        assertThat(mine)
                .singleElement()
                .satisfies(r -> assertThat(r.subjectId()).isNotNull());
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(RetentionAction.DELETE, mine, clock.instant())))
                .isOne();

        assertThat(count("privacy_request", requestId)).isZero();
        assertThat(count("privacy_request_step", requestId)).isZero();
        assertThat(auditEntriesAbout(requestId))
                .as("the hash-chained audit log is left whole")
                .isEqualTo(auditEntries);
        assertThat(due()).extracting(DueRecord::key).doesNotContain(requestId);
    }

    @Test
    void anOpenRequestIsNeverDue() {
        Actors.Actor bram = Actors.professional("Bram Open");
        String requestId = bram.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "RECTIFICATION", "details", "Mijn achternaam is Smit"))
                .post("/api/v1/me/requests")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        moveTo(clock.instant().atZone(ZoneOffset.UTC).plusYears(20).toInstant());
        assertThat(due()).extracting(DueRecord::key).doesNotContain(requestId);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(
                                RetentionAction.DELETE, List.of(new DueRecord(requestId, null)), clock.instant())))
                .as("apply leaves a request alone that is not closed")
                .isZero();
        assertThat(count("privacy_request", requestId)).isOne();
    }

    private List<DueRecord> due() {
        return QuarkusTransaction.requiringNew().call(() -> sweep.due(FIVE_YEARS, clock.instant(), null, 100_000));
    }

    private void moveTo(Instant target) {
        TestClock.advance(Duration.between(clock.instant(), target));
    }

    private long count(String table, String requestId) {
        String column = table.equals("privacy_request") ? "id" : "request_id";
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + column + " = :id")
                                .setParameter("id", UUID.fromString(requestId))
                                .getSingleResult())
                        .longValue());
    }

    private long auditEntriesAbout(String requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM audit_entry WHERE details::text LIKE :id")
                                .setParameter("id", "%" + requestId + "%")
                                .getSingleResult())
                        .longValue());
    }
}
