package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** T-1 {@code security-log}: the hashed IP and e-mail rows of the rate limits, 6 months from creation. */
@QuarkusTest
class SecurityLogSweepTest {

    private static final Period SIX_MONTHS = Period.parse("P6M");

    @Inject
    SecurityLogSweep sweep;

    @Inject
    SubmissionLimits limits;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aRateLimitRowSurvivesUntilSixMonthsAfterItsCreationAndThenGoes() {
        Instant created = clock.instant();
        QuarkusTransaction.requiringNew()
                .run(() -> limits.admit("198.51.100.7", AssignmentFixtures.uniqueEmail("limit")));
        List<String> mine = QuarkusTransaction.requiringNew().call(() -> ids(created));
        assertThat(mine)
                .as("one row for the IP address, one for the e-mail address")
                .hasSize(2);
        Instant expires = created.atZone(ZoneOffset.UTC).plus(SIX_MONTHS).toInstant();

        moveTo(expires.minus(Duration.ofMinutes(1)));
        assertThat(keys(due())).doesNotContainAnyElementsOf(mine);

        moveTo(expires.plus(Duration.ofMinutes(1)));
        List<DueRecord> due = due().stream().filter(r -> mine.contains(r.key())).toList();
        assertThat(keys(due)).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(due).allMatch(r -> r.subjectId() == null);
        int deleted =
                QuarkusTransaction.requiringNew().call(() -> sweep.apply(RetentionAction.DELETE, due, clock.instant()));
        assertThat(deleted).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ids(created))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> sweep.apply(RetentionAction.DELETE, due, clock.instant())))
                .as("applying again changes nothing")
                .isZero();
    }

    @Test
    void dueRecordsComeInKeyOrderInBatchesAfterTheLastKey() {
        Instant created = clock.instant();
        for (int i = 0; i < 3; i++) {
            String ip = "203.0.113." + (10 + i);
            QuarkusTransaction.requiringNew().run(() -> limits.admit(ip, AssignmentFixtures.uniqueEmail("batch")));
        }
        moveTo(created.atZone(ZoneOffset.UTC).plus(SIX_MONTHS).toInstant().plus(Duration.ofMinutes(1)));
        List<String> all = keys(due());
        assertThat(all).isSorted().containsAll(QuarkusTransaction.requiringNew().call(() -> ids(created)));
        List<DueRecord> first =
                QuarkusTransaction.requiringNew().call(() -> sweep.due(SIX_MONTHS, clock.instant(), null, 2));
        List<DueRecord> next = QuarkusTransaction.requiringNew()
                .call(() ->
                        sweep.due(SIX_MONTHS, clock.instant(), first.getLast().key(), 2));
        assertThat(keys(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(keys(next)).containsExactlyElementsOf(all.subList(2, 4));
    }

    private List<DueRecord> due() {
        return QuarkusTransaction.requiringNew().call(() -> sweep.due(SIX_MONTHS, clock.instant(), null, 100_000));
    }

    private static List<String> keys(List<DueRecord> records) {
        return records.stream().map(DueRecord::key).toList();
    }

    private void moveTo(Instant target) {
        TestClock.advance(Duration.between(clock.instant(), target));
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(Instant since) {
        return ((List<UUID>) entityManager
                        .createNativeQuery("SELECT id FROM submission_attempt WHERE created_at >= :since", UUID.class)
                        .setParameter("since", since)
                        .getResultList())
                .stream().map(UUID::toString).toList();
    }
}
