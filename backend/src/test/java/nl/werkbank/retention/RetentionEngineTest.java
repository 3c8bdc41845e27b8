package nl.werkbank.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AtOnce;
import nl.werkbank.testing.DatabaseDump;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * T-4, T-5: the retention engine, through a sweep of its own ({@link RecordingSweep}) whose
 * records count how often they were applied: batches, exactly once across concurrent runs and a
 * takeover, a failing batch, a crashed run, dry runs, legal holds, metrics.
 */
@QuarkusTest
class RetentionEngineTest {

    private static final String RUNS = "/api/v1/admin/retention/runs";
    private static final String HOLDS = "/api/v1/admin/legal-holds";

    @Inject
    RecordingSweep sweep;

    @Inject
    RetentionService retention;

    @Inject
    RetentionBatches batches;

    @Inject
    EntityManager entityManager;

    @Inject
    WerkbankConfig config;

    @Inject
    Clock clock;

    @BeforeEach
    void enableTheTestCategory() {
        sweep.reset();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("INSERT INTO retention_policy (category, period, trigger, action, enabled,"
                                + " updated_at) VALUES (:c, 'P7D', 'made', 'DELETE', true, now())"
                                + " ON CONFLICT (category) DO NOTHING")
                        .setParameter("c", RecordingSweep.CATEGORY)
                        .executeUpdate());
    }

    @AfterEach
    void removeTheTestCategory() {
        sweep.reset();
        TestClock.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("DELETE FROM retention_policy WHERE category = :c")
                    .setParameter("c", RecordingSweep.CATEGORY)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("UPDATE retention_run SET status = 'ABANDONED', finished_at = now(),"
                            + " lease_holder = NULL, lease_expires_at = NULL WHERE status = 'RUNNING'")
                    .executeUpdate();
        });
    }

    @Test
    void aRecordJustInsideItsPeriodStaysAndOneJustOutsideGoes() {
        Instant now = clock.instant();
        sweep.add("inside", now.minus(Duration.ofDays(7)).plusSeconds(60), null);
        sweep.add("outside", now.minus(Duration.ofDays(7)).minusSeconds(60), null);

        RetentionRunReport.CategoryReport figures = ours(run());

        assertThat(sweep.applied()).containsOnlyKeys("outside");
        assertThat(sweep.remaining()).containsExactly("inside");
        assertThat(figures.examined()).isOne();
        assertThat(figures.deleted()).isOne();
    }

    @Test
    void twoRunsAtOnceApplyEveryRecordExactlyOnce() throws Exception {
        seed(23);

        List<Optional<RetentionRunReport>> reports = AtOnce.times(2, this::run);

        assertThat(reports).anyMatch(Optional::isPresent);
        assertThat(sweep.remaining()).isEmpty();
        assertThat(sweep.applied())
                .hasSize(23)
                .allSatisfy((key, times) -> assertThat(times).as(key).isOne());
        assertThat(reports.stream()
                        .flatMap(Optional::stream)
                        .mapToInt(r -> ours(r).deleted())
                        .sum())
                .isEqualTo(23);
    }

    /**
     * Instance A does one batch and freezes; its lease runs out; instance B takes the run over (marks
     * A's run abandoned) and finishes the job; when A wakes up, its next batch finds it lost the run
     * and changes nothing. Every record is applied once.
     */
    @Test
    void aRunWhoseLeaseExpiredIsTakenOverAndTheFrozenInstanceStops() {
        seed(23);
        UUID holderA = UUID.randomUUID();
        RetentionBatches.Started a =
                batches.start(RunTrigger.SCHEDULE, false, holderA).orElseThrow();
        RetentionBatches.Policy policy = a.policies().stream()
                .filter(p -> p.category().equals(RecordingSweep.CATEGORY))
                .findFirst()
                .orElseThrow();
        Batch firstBatch = batches.batch(
                a.runId(), holderA, false, policy, sweep, null, clock.instant(), new RetentionBatches.Progress());
        assertThat(firstBatch.deleted()).isEqualTo(5);
        assertThat(run()).as("A's lease is still valid").isEmpty();

        TestClock.advance(config.retention().lease().plusMinutes(1));
        RetentionRunReport b = run().orElseThrow();

        assertThatThrownBy(() -> batches.batch(
                        a.runId(),
                        holderA,
                        false,
                        policy,
                        sweep,
                        firstBatch.lastKey(),
                        clock.instant(),
                        new RetentionBatches.Progress()))
                .isInstanceOf(RetentionBatches.LeaseLost.class);
        assertThat(ours(b).deleted()).isEqualTo(18);
        assertThat(sweep.remaining()).isEmpty();
        assertThat(sweep.applied())
                .hasSize(23)
                .allSatisfy((key, times) -> assertThat(times).as(key).isOne());
        assertThat(statusOf(a.runId())).isEqualTo("ABANDONED");
        assertThat(statusOf(b.id())).isEqualTo("FINISHED");
        assertThat(auditCount("RETENTION_RUN_ABANDONED", null)).isPositive();
    }

    @Test
    void aFailingBatchIsCountedAsErrorsAndTheNextRunFinishesTheJob() {
        seed(12);
        sweep.failBatch(2);

        RetentionRunReport.CategoryReport failed = ours(run());
        assertThat(failed.examined()).isEqualTo(12);
        assertThat(failed.deleted()).isEqualTo(7);
        assertThat(failed.errors()).isEqualTo(5);
        assertThat(sweep.remaining()).hasSize(5);

        RetentionRunReport.CategoryReport next = ours(run());
        assertThat(next.deleted()).isEqualTo(5);
        assertThat(next.errors()).isZero();
        assertThat(sweep.remaining()).isEmpty();
        assertThat(sweep.applied())
                .hasSize(12)
                .allSatisfy((key, times) -> assertThat(times).isOne());
    }

    /** An instance died during a run: nobody renews its lease; until it expires, a new run is refused. */
    @Test
    void aCrashedRunBlocksNewRunsUntilItsLeaseExpiresAndIsThenTakenOver() {
        UUID crashed = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("INSERT INTO retention_run (id, dry_run, trigger, status, lease_holder,"
                                + " lease_expires_at, started_at) VALUES (:id, false, 'SCHEDULE', 'RUNNING', :holder,"
                                + " :expires, :started)")
                        .setParameter("id", crashed)
                        .setParameter("holder", UUID.randomUUID())
                        .setParameter("expires", clock.instant().plus(Duration.ofMinutes(5)))
                        .setParameter("started", clock.instant().minus(Duration.ofMinutes(5)))
                        .executeUpdate());
        seed(3);

        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("dryRun", false))
                .post(RUNS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(sweep.remaining()).hasSize(3);

        TestClock.advance(Duration.ofMinutes(6));
        String id = Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("dryRun", false))
                .post(RUNS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(statusOf(crashed)).isEqualTo("ABANDONED");
        assertThat(statusOf(UUID.fromString(id))).isEqualTo("FINISHED");
        assertThat(sweep.remaining()).isEmpty();
    }

    @Test
    void aDryRunSelectsTheSameRecordsAndChangesNothing() {
        seed(3);
        String email = AssignmentFixtures.uniqueEmail("dry");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        TestClock.advance(Duration.ofDays(8));

        String before = withoutRetentionBookkeeping(DatabaseDump.text());
        RetentionRunReport dry = retention
                .run(RunTrigger.MANUAL, true, AuditActor.system(), Optional.empty())
                .orElseThrow();
        String after = withoutRetentionBookkeeping(DatabaseDump.text());

        assertThat(difference(before, after)).isEmpty();
        assertThat(dry.dryRun()).isTrue();
        assertThat(ours(dry).examined()).isEqualTo(3);
        assertThat(ours(dry).deleted()).as("what would go").isEqualTo(3);
        RetentionRunReport.CategoryReport unverified = category(dry, "unverified-submission");
        assertThat(unverified.examined()).isPositive();
        assertThat(sweep.remaining()).hasSize(3);
        assertThat(sweep.applied()).isEmpty();

        RetentionRunReport real = run().orElseThrow();
        assertThat(ours(real).deleted()).isEqualTo(3);
        assertThat(category(real, "unverified-submission").deleted()).isEqualTo(unverified.deleted());
    }

    @Test
    void recordsUnderALegalHoldAreSkippedAndCountedUntilTheHoldIsReleased() {
        UUID held = subjectIdOf(Actors.professional("Hanna Hold"));
        Instant made = clock.instant().minus(Duration.ofDays(8));
        sweep.add("by-subject", made, held);
        sweep.add("by-record", made, UUID.randomUUID());
        sweep.add("free", made, null);
        String subjectHold = place(Map.of("subjectId", held.toString(), "reason", "Claim over een plaatsing."));
        String recordHold = place(Map.of(
                "category", RecordingSweep.CATEGORY, "recordKey", "by-record", "reason", "Geschil over een factuur."));

        RetentionRunReport.CategoryReport first = ours(run());
        assertThat(first.examined()).isEqualTo(3);
        assertThat(first.held()).isEqualTo(2);
        assertThat(first.deleted()).isOne();
        assertThat(sweep.remaining()).containsExactlyInAnyOrder("by-subject", "by-record");

        release(subjectHold).then().statusCode(200).body("releaseReason", org.hamcrest.Matchers.notNullValue());
        release(recordHold).then().statusCode(200);
        release(recordHold).then().statusCode(409).contentType("application/problem+json");
        Actors.privacyOfficer()
                .spec()
                .get(HOLDS + "?active=false")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(subjectHold, recordHold));

        RetentionRunReport.CategoryReport second = ours(run());
        assertThat(second.held()).isZero();
        assertThat(second.deleted()).isEqualTo(2);
        assertThat(sweep.remaining()).isEmpty();
        assertThat(auditCount("LEGAL_HOLD_RELEASED", held)).isOne();
    }

    @Test
    void aHoldNeedsASubjectOrARecordOfAKnownCategory() {
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Geen doel."))
                .post(HOLDS)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("category", "recordKey"));
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("category", "no-such-category", "recordKey", "x", "reason", "Onbekend."))
                .post(HOLDS)
                .then()
                .statusCode(400)
                .body("errors.code", org.hamcrest.Matchers.hasItem("unknown-reference"));
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("subjectId", UUID.randomUUID().toString(), "reason", "Onbekend."))
                .post(HOLDS)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("subjectId"));
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Bestaat niet."))
                .post(HOLDS + "/" + UUID.randomUUID() + "/release")
                .then()
                .statusCode(404);
    }

    @Test
    void runsAreListedNewestFirstAndTheirFiguresAreMetrics() {
        seed(6);
        String id = Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("dryRun", false))
                .post(RUNS)
                .then()
                .statusCode(201)
                .body("trigger", org.hamcrest.Matchers.equalTo("MANUAL"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("id");

        var page = Actors.privacyOfficer()
                .spec()
                .get(RUNS + "?limit=100")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.id == '" + id + "' }.categories.find { it.category == 'engine-test' }.deleted",
                        org.hamcrest.Matchers.equalTo(6))
                .extract()
                .jsonPath();
        List<Instant> started = page.<String>getList("items.startedAt").stream()
                .map(Instant::parse)
                .toList();
        assertThat(started).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(auditCount("RETENTION_RUN_FINISHED", null)).isPositive();

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metricValue(metrics, "werkbank_retention_records_total", "engine-test", "deleted"))
                .isGreaterThanOrEqualTo(6);
        assertThat(metrics).contains("werkbank_retention_duration_seconds_count{category=\"engine-test\"");
    }

    @Test
    void onlyThePrivacyOfficerRunsRetention() {
        Actors.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("dryRun", true))
                .post(RUNS)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("dryRun", true))
                .post(RUNS)
                .then()
                .statusCode(401);
    }

    private Optional<RetentionRunReport> run() {
        return retention.run(RunTrigger.MANUAL, false, AuditActor.system(), Optional.empty());
    }

    private void seed(int count) {
        Instant made = clock.instant().minus(Duration.ofDays(8));
        IntStream.range(0, count).forEach(i -> sweep.add(String.format("record-%03d", i), made, null));
    }

    private static RetentionRunReport.CategoryReport ours(Optional<RetentionRunReport> report) {
        return ours(report.orElseThrow());
    }

    private static RetentionRunReport.CategoryReport ours(RetentionRunReport report) {
        return category(report, RecordingSweep.CATEGORY);
    }

    private static RetentionRunReport.CategoryReport category(RetentionRunReport report, String category) {
        return report.categories().stream()
                .filter(c -> c.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError(category + " not in the run"));
    }

    private String statusOf(UUID run) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT status FROM retention_run WHERE id = :id")
                .setParameter("id", run)
                .getSingleResult());
    }

    private long auditCount(String action, UUID subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager
                    .createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = :a"
                            + (subject == null ? "" : " AND subject_ref = :s"))
                    .setParameter("a", action);
            if (subject != null) {
                query.setParameter("s", subject);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static UUID subjectIdOf(Actors.Actor actor) {
        return UUID.fromString(
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId"));
    }

    private static String place(Map<String, Object> body) {
        return Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(body)
                .post(HOLDS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response release(String hold) {
        return Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "De zaak is gesloten."))
                .post(HOLDS + "/" + hold + "/release");
    }

    private static double metricValue(String metrics, String name, String category, String outcome) {
        Pattern line = Pattern.compile("^" + name + "\\{category=\"" + category + "\",dry_run=\"false\",outcome=\""
                + outcome + "\"[^}]*} (\\S+)$");
        return metrics.lines()
                .map(line::matcher)
                .filter(java.util.regex.Matcher::matches)
                .mapToDouble(m -> Double.parseDouble(m.group(1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " for " + category + "/" + outcome + " not published"));
    }

    private static List<String> difference(String before, String after) {
        java.util.Set<String> was = new java.util.HashSet<>(before.lines().toList());
        java.util.Set<String> is = new java.util.HashSet<>(after.lines().toList());
        List<String> changed = new java.util.ArrayList<>();
        was.stream().filter(l -> !is.contains(l)).forEach(l -> changed.add("- " + l));
        is.stream().filter(l -> !was.contains(l)).forEach(l -> changed.add("+ " + l));
        return changed;
    }

    /** The dump without what a run records about itself: its run rows and its audit entries. */
    private static String withoutRetentionBookkeeping(String dump) {
        List<String> skipped = List.of("retention_run", "retention_run_category", "audit_entry", "audit_checkpoint");
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : dump.lines().toList()) {
            String table = tableStartedBy(line);
            if (table != null) {
                skipping = skipped.contains(table);
            }
            if (!skipping && !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict")) {
                kept.append(line).append('\n');
            }
            if (line.equals("\\.")) {
                skipping = false;
            }
        }
        return kept.toString();
    }

    /** pg_dump starts a table with {@code COPY public.<table> (...)}, the JDBC dump with {@code -- <table>}. */
    private static String tableStartedBy(String line) {
        java.util.regex.Matcher copy =
                Pattern.compile("^COPY (?:public\\.)?\"?([a-z_]+)\"? ").matcher(line);
        if (copy.find()) {
            return copy.group(1);
        }
        java.util.regex.Matcher jdbc = Pattern.compile("^-- ([a-z_]+)$").matcher(line);
        return jdbc.matches() ? jdbc.group(1) : null;
    }
}
