package nl.werkbank.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * T-1 {@code financial-record}: a placement and its invoices are kept 7 years after the end of
 * their fiscal (calendar) year; then ANONYMISE keeps the amounts and strips the person, DELETE
 * removes the record.
 */
@QuarkusTest
class FinancialRecordSweepTest {

    private static final Period SEVEN_YEARS = Period.parse("P7Y");

    @Inject
    FinancialRecordSweep sweep;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPlacementIsKeptUntilSevenYearsAfterItsFiscalYearThenAnonymisedWithItsAmounts() {
        Placed placed = placement("Anna Anoniem");
        long invoiceTotal =
                number("SELECT sum(amount_cents) FROM invoice WHERE placement_id = '" + placed.placementId + "'");
        assertThat(invoiceTotal).isPositive();
        Instant expires = expiryOf(placed.placementId);

        moveTo(expires.minus(Duration.ofMinutes(1)));
        assertThat(due()).extracting(DueRecord::key).doesNotContain(placed.placementId);

        moveTo(expires.plus(Duration.ofMinutes(1)));
        List<DueRecord> mine = mine(placed);
        assertThat(mine)
                .singleElement()
                .satisfies(r -> assertThat(r.subjectId()).isNotNull());
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(RetentionAction.ANONYMISE, mine, clock.instant())))
                .isOne();

        assertThat(number("SELECT sum(amount_cents) FROM invoice WHERE placement_id = '" + placed.placementId + "'"))
                .as("the amounts stay")
                .isEqualTo(invoiceTotal);
        String response = text("SELECT r::text FROM response r JOIN placement p ON p.response_id = r.id WHERE p.id = '"
                + placed.placementId + "'");
        assertThat(response).doesNotContain(placed.respondentName, placed.respondentSubjectId);
        assertThat(number("SELECT count(*) FROM response_cv c JOIN placement p ON p.response_id = c.response_id"
                        + " WHERE p.id = '" + placed.placementId + "'"))
                .isZero();
        assertThat(due()).extracting(DueRecord::key).as("anonymised once").doesNotContain(placed.placementId);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(RetentionAction.ANONYMISE, mine, clock.instant())))
                .as("applying again changes nothing")
                .isZero();
    }

    @Test
    void deleteRemovesThePlacementAndItsInvoices() {
        Placed placed = placement("Dirk Delete");
        moveTo(expiryOf(placed.placementId).plus(Duration.ofMinutes(1)));
        List<DueRecord> mine = mine(placed);
        assertThat(mine).hasSize(1);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(RetentionAction.DELETE, mine, clock.instant())))
                .isOne();

        assertThat(number("SELECT count(*) FROM placement WHERE id = '" + placed.placementId + "'"))
                .isZero();
        assertThat(number("SELECT count(*) FROM invoice WHERE placement_id = '" + placed.placementId + "'"))
                .isZero();
    }

    private record Placed(String placementId, String respondentName, String respondentSubjectId) {}

    private static Placed placement(String name) {
        Actors.Client client = Actors.clientOf("Fiona Fiscaal", "Fiscaal Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(client.actor());
        Actors.Actor respondent =
                Actors.professionalWithProfile(name, "MEMBERS", true).actor();
        ResponseFixtures.respond(respondent, assignment, true);
        String responseId = client.spec()
                .get("/api/v1/managed-assignments/" + assignment + "/responses")
                .then()
                .extract()
                .path("items[0].id");
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        String placementId = client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusMonths(2).minusDays(1).toString()))
                .post("/api/v1/managed-assignments/" + assignment + "/responses/" + responseId + "/placement")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String subjectId = respondent.spec().get("/api/v1/me").then().extract().path("subjectId");
        return new Placed(placementId, name, subjectId);
    }

    /** 1 January after the record's latest year (placement, end date, last invoice), plus seven years. */
    private Instant expiryOf(String placementId) {
        int fiscalYear = (int) number("SELECT GREATEST(EXTRACT(YEAR FROM p.created_at AT TIME ZONE 'Europe/Amsterdam'),"
                + " EXTRACT(YEAR FROM p.end_date), (SELECT EXTRACT(YEAR FROM max(issued_on)) FROM invoice"
                + " WHERE placement_id = p.id)) FROM placement p WHERE p.id = '" + placementId + "'");
        return LocalDate.of(fiscalYear + 1, 1, 1)
                .atStartOfDay(FinancialRecordSweep.FISCAL_ZONE)
                .plus(SEVEN_YEARS)
                .toInstant();
    }

    private List<DueRecord> mine(Placed placed) {
        return due().stream().filter(r -> r.key().equals(placed.placementId)).toList();
    }

    private List<DueRecord> due() {
        return QuarkusTransaction.requiringNew().call(() -> sweep.due(SEVEN_YEARS, clock.instant(), null, 100_000));
    }

    private void moveTo(Instant target) {
        TestClock.advance(Duration.between(clock.instant(), target));
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String text(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        entityManager.createNativeQuery(sql).getSingleResult().toString());
    }
}
