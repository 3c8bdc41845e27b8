package nl.werkbank.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.retention.RetentionRunReport;
import nl.werkbank.retention.RetentionService;
import nl.werkbank.retention.RunTrigger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, T-4: the benchmark of the inactive-profile sweep. Not a test of timing (it asserts
 * only that the right rows went) and never part of {@code mvn verify}: the {@code benchmark}
 * tag is excluded by the pom; {@code bench/retention-sweep.sh} runs it.
 *
 * <p>N professionals whose profile has expired (last meaningful contact before the period,
 * warned after it and at least the warning lead ago), every other one with a CV, plus controls
 * that must survive, are generated set-based. The real engine ({@link RetentionService#run}, the
 * policy's own ANONYMISE action, the production batch size) removes them; then the same profiles
 * and CVs are generated again and one data-modifying statement with the sweep's selection
 * removes them. Both are timed, with the peak heap of the JVM, and written to {@code
 * bench/results/}.
 */
@QuarkusTest
@TestProfile(RetentionSweepBenchmark.ProductionBatches.class)
@Tag("benchmark")
class RetentionSweepBenchmark {

    private static final String CATEGORY = "inactive-profile";
    private static final int N = Integer.getInteger("bench.n", 1_000_000);
    /** Subjects of each control kind. */
    private static final int CONTROLS = Integer.getInteger("bench.controls", 100);
    /** Bytes of CV content per CV (half the professionals have one). */
    private static final int CV_BYTES = Integer.getInteger("bench.cv-bytes", 4096);

    /**
     * The production configuration where it matters for the figures: the default batch size
     * (the test profile's is 5), INFO logging and no Hibernate statistics.
     */
    public static class ProductionBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "werkbank.retention.batch-size",
                    System.getProperty("bench.batch-size", defaultBatchSize()),
                    "quarkus.log.category.\"nl.werkbank\".level",
                    "INFO",
                    "quarkus.hibernate-orm.statistics",
                    "false");
        }

        private static String defaultBatchSize() {
            try {
                return WerkbankConfig.Retention.class
                        .getMethod("batchSize")
                        .getAnnotation(WithDefault.class)
                        .value();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What a subject is; every kind but DUE must keep its profile and CV. */
    private enum Kind {
        DUE,
        ONE_SECOND_INSIDE_THE_PERIOD,
        NEVER_WARNED,
        WARNED_ONE_SECOND_TOO_RECENTLY,
        WARNED_BEFORE_THE_LAST_CONTACT,
        ACCOUNT_CLOSED,
        DUE_BUT_UNDER_LEGAL_HOLD
    }

    private record Measured(long nanos, long rows, long peakHeapBytes) {
        double seconds() {
            return nanos / 1e9;
        }

        double rowsPerSecond() {
            return rows / seconds();
        }
    }

    @Inject
    RetentionService retention;

    @Inject
    DataSource dataSource;

    @Inject
    WerkbankConfig config;

    @Test
    void theEngineAndOneStatementRemoveExactlyTheDueProfiles() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Period period = Period.parse(text("SELECT period FROM retention_policy WHERE category = '" + CATEGORY + "'"));
        assertThat(text("SELECT action FROM retention_policy WHERE category = '" + CATEGORY + "'"))
                .as("the policy's default action")
                .isEqualTo("ANONYMISE");
        Instant contactBefore = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        Instant warnedBefore = now.atZone(ZoneOffset.UTC)
                .minus(config.inactivity().warningLead())
                .toInstant();
        int batchSize = config.retention().batchSize();
        List<String> disabled = onlyTheInactiveProfilePolicy();
        try {
            long startedGenerating = System.nanoTime();
            generateSubjects(contactBefore, warnedBefore, now);
            generateProfilesAndCvs(contactBefore, total());
            vacuum();
            double generationSeconds = (System.nanoTime() - startedGenerating) / 1e9;
            long cvsOfDue = count("SELECT count(*) FROM generate_series(1, " + N + ") i WHERE i % 2 = 0");
            Map<String, String> untouched = fingerprints();

            Measured engine = measure(() -> {
                RetentionRunReport report = retention
                        .run(RunTrigger.MANUAL, false, AuditActor.system(), Optional.of(now))
                        .orElseThrow();
                RetentionRunReport.CategoryReport figures = report.categories().stream()
                        .filter(c -> c.category().equals(CATEGORY))
                        .findFirst()
                        .orElseThrow();
                assertThat(figures.errors()).isZero();
                assertThat(figures.held()).isEqualTo(CONTROLS);
                assertThat(figures.examined()).isEqualTo(N + CONTROLS);
                return (long) figures.anonymised();
            });
            assertThat(engine.rows()).isEqualTo(N);
            assertOnlyTheDueAreGone(untouched);
            // the engine's loop: every batch but the last is full, the last one has fewer records
            long batches = (N + CONTROLS) / batchSize + 1;

            generateProfilesAndCvs(contactBefore, N);
            vacuum();
            assertThat(fingerprints()).as("the same data again").isEqualTo(untouched);
            long[] removed = new long[2];
            Measured statement = measure(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement anonymise = connection.prepareStatement(ONE_STATEMENT)) {
                    anonymise.setObject(1, OffsetDateTime.ofInstant(contactBefore, ZoneOffset.UTC));
                    anonymise.setObject(2, OffsetDateTime.ofInstant(warnedBefore, ZoneOffset.UTC));
                    anonymise.setString(3, CATEGORY);
                    try (ResultSet result = anonymise.executeQuery()) {
                        result.next();
                        removed[0] = result.getLong(1);
                        removed[1] = result.getLong(2);
                    }
                }
                return removed[0];
            });
            assertThat(statement.rows()).isEqualTo(N);
            assertThat(removed[1]).isEqualTo(cvsOfDue);
            assertOnlyTheDueAreGone(untouched);

            report(engine, statement, batchSize, batches, cvsOfDue, generationSeconds);
        } finally {
            enable(disabled);
        }
    }

    /**
     * The sweep's selection (ProfileRepository.expired with the legal holds of
     * LegalHoldService.heldAmong) as one statement that removes the CVs and profiles it selects.
     */
    private static final String ONE_STATEMENT = """
            WITH due AS (
                SELECT p.subject_id FROM profile p JOIN subject s ON s.id = p.subject_id
                WHERE s.last_meaningful_contact_at <= ? AND s.closed_at IS NULL
                  AND s.inactivity_warned_at >= s.last_meaningful_contact_at
                  AND s.inactivity_warned_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.released_at IS NULL
                      AND (h.subject_id = p.subject_id
                           OR (h.category = ? AND h.record_key = p.subject_id::text)))
            ), cvs AS (
                DELETE FROM cv_file c USING due WHERE c.subject_id = due.subject_id RETURNING 1
            ), profiles AS (
                DELETE FROM profile p USING due WHERE p.subject_id = due.subject_id RETURNING 1
            )
            SELECT (SELECT count(*) FROM profiles), (SELECT count(*) FROM cvs)
            """;

    /** Subjects 1..N are due; then CONTROLS of each other kind, in the order of {@link Kind}. */
    private static String kindOf(String i) {
        return "CASE WHEN " + i + " <= " + N + " THEN 0 ELSE 1 + (" + i + " - " + N + " - 1) / " + CONTROLS + " END";
    }

    private static int total() {
        return N + CONTROLS * (Kind.values().length - 1);
    }

    private void generateSubjects(Instant contactBefore, Instant warnedBefore, Instant now) throws SQLException {
        // Due contacts spread over a year before the period's start (i % 365 = 0: exactly at it),
        // warnings over the month before the lead (i % 30 = 0: exactly the lead ago).
        String subjects = """
                INSERT INTO subject (id, kind, language, created_at, last_meaningful_contact_at, closed_at,
                                     inactivity_warned_at)
                SELECT md5('bench-subject-' || i)::uuid, 'ACCOUNT', 'nl', contact - interval '1 year', contact,
                       CASE WHEN k = %d THEN ?::timestamptz - interval '1 day' END,
                       CASE k WHEN %d THEN NULL
                              WHEN %d THEN ?::timestamptz + interval '1 second'
                              WHEN %d THEN contact - interval '1 day'
                              ELSE ?::timestamptz - (i %% 30) * interval '1 day' END
                FROM (SELECT i, k,
                             CASE WHEN k = %d THEN ?::timestamptz + interval '1 second'
                                  ELSE ?::timestamptz - (i %% 365) * interval '1 day' END AS contact
                      FROM (SELECT i, %s AS k FROM generate_series(1, %d) i) numbered) generated
                """.formatted(
                        Kind.ACCOUNT_CLOSED.ordinal(),
                        Kind.NEVER_WARNED.ordinal(),
                        Kind.WARNED_ONE_SECOND_TOO_RECENTLY.ordinal(),
                        Kind.WARNED_BEFORE_THE_LAST_CONTACT.ordinal(),
                        Kind.ONE_SECOND_INSIDE_THE_PERIOD.ordinal(),
                        kindOf("i"),
                        total());
        execute(subjects, now, warnedBefore, warnedBefore, contactBefore, contactBefore);
        execute("""
                INSERT INTO account (subject_id, oidc_subject, display_name, email, created_at, updated_at)
                SELECT md5('bench-subject-' || i)::uuid, 'bench-' || i, 'Professional ' || i,
                       'professional' || i || '@bench.example', now(), now()
                FROM generate_series(1, %d) i
                """.formatted(total()));
        execute("""
                INSERT INTO legal_hold (id, subject_id, reason, placed_at, placed_by)
                SELECT md5('bench-hold-' || i)::uuid, md5('bench-subject-' || i)::uuid, 'benchmark control', ?,
                       md5('bench-officer')::uuid
                FROM (SELECT i, %s AS k FROM generate_series(1, %d) i) numbered WHERE k = %d
                """.formatted(kindOf("i"), total(), Kind.DUE_BUT_UNDER_LEGAL_HOLD.ordinal()), now);
    }

    /**
     * The profiles and CVs of subjects 1..{@code upTo}, the same every time: everything derives
     * from the subject's number.
     */
    private void generateProfilesAndCvs(Instant contactBefore, int upTo) throws SQLException {
        execute("""
                INSERT INTO profile (id, subject_id, visibility, display_name, headline, summary, skills, experience,
                                     education, region, hours_per_week, rate_min_cents, rate_max_cents, languages,
                                     created_at, updated_at)
                SELECT md5('bench-profile-' || i)::uuid, md5('bench-subject-' || i)::uuid,
                       (ARRAY['HIDDEN', 'ANONYMOUS', 'MEMBERS'])[1 + i %% 3], 'Professional ' || i,
                       'Interim projectleider ' || i, repeat('Ervaren interim-professional in de zorg. ', 8),
                       ARRAY['projectmanagement', 'lean', 'zorg'],
                       jsonb_build_array(jsonb_build_object('role', 'Projectleider', 'clientName', 'Klant ' || i,
                           'startMonth', '2019-01', 'endMonth', '2021-06', 'tasks', repeat('Verandertraject. ', 12))),
                       jsonb_build_array(jsonb_build_object('institution', 'Hogeschool', 'qualification', 'Bachelor',
                           'year', 2005)),
                       (1000 + i %% 9000)::text, 32, 7500, 9500, ARRAY['nl', 'en'],
                       ?::timestamptz - interval '1 year', ?::timestamptz - interval '1 year'
                FROM generate_series(1, %d) i
                """.formatted(upTo), contactBefore, contactBefore);
        execute("""
                INSERT INTO cv_file (subject_id, file_name, content_type, size_bytes, content, uploaded_at)
                SELECT md5('bench-subject-' || i)::uuid, 'cv-' || i || '.pdf', 'application/pdf', %d,
                       decode(repeat(md5(i::text), %d), 'hex'), ?::timestamptz - interval '1 year'
                FROM generate_series(1, %d) i WHERE i %% 2 = 0
                """.formatted(CV_BYTES / 16 * 16, CV_BYTES / 16, upTo), contactBefore);
    }

    /**
     * Sums of row hashes: every subject and account (anonymising touches neither) and the
     * profiles and CVs of the controls.
     */
    private Map<String, String> fingerprints() throws SQLException {
        String controls =
                "SELECT md5('bench-subject-' || i)::uuid FROM generate_series(" + (N + 1) + ", " + total() + ") i";
        Map<String, String> prints = new LinkedHashMap<>();
        prints.put("subject", fingerprint("subject t"));
        prints.put("account", fingerprint("account t"));
        prints.put("control profiles", fingerprint("profile t WHERE subject_id IN (" + controls + ")"));
        prints.put("control CVs", fingerprint("cv_file t WHERE subject_id IN (" + controls + ")"));
        return prints;
    }

    private String fingerprint(String from) throws SQLException {
        return text("SELECT count(*) || '/' || coalesce(sum(hashtextextended(t::text, 0)), 0) FROM " + from);
    }

    private void assertOnlyTheDueAreGone(Map<String, String> untouched) throws SQLException {
        assertThat(count("SELECT count(*) FROM profile")).as("profiles left").isEqualTo(CONTROLS * 6L);
        assertThat(count("SELECT count(*) FROM profile WHERE subject_id IN (SELECT md5('bench-subject-' || i)::uuid"
                        + " FROM generate_series(1, " + N + ") i)"))
                .as("due profiles left")
                .isZero();
        assertThat(count("SELECT count(*) FROM cv_file WHERE subject_id IN (SELECT md5('bench-subject-' || i)::uuid"
                        + " FROM generate_series(1, " + N + ") i)"))
                .as("due CVs left")
                .isZero();
        assertThat(fingerprints())
                .as("subjects, accounts and the controls' profiles and CVs")
                .isEqualTo(untouched);
    }

    @FunctionalInterface
    private interface Work {
        long rows() throws Exception;
    }

    private static Measured measure(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        long rows = work.rows();
        long nanos = System.nanoTime() - started;
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(nanos, rows, peak);
    }

    private void report(
            Measured engine, Measured statement, int batchSize, long batches, long cvsOfDue, double generationSeconds)
            throws SQLException, IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", os.getTotalMemorySize());
        machine.put("loadAverageAtEnd", os.getSystemLoadAverage());
        machine.put("cpu", System.getProperty("bench.cpu", "unknown"));
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("postgresql", text("SHOW server_version"));
        machine.put("postgresqlSettings", postgresSettings());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "retention sweep, inactive-profile, ANONYMISE (issue 11, T-4)");
        result.put("finishedAt", Instant.now().toString());
        result.put("n", N);
        result.put("cvs", cvsOfDue);
        result.put("cvBytes", CV_BYTES / 16 * 16);
        result.put("controlsPerKind", CONTROLS);
        result.put("batchSize", batchSize);
        result.put("generationSeconds", round(generationSeconds));
        result.put("engine", figures(engine, Map.of("batches", batches)));
        result.put("statement", figures(statement, Map.of()));
        result.put("ratioEngineToStatement", round(engine.seconds() / statement.seconds()));
        result.put("machine", machine);

        String table = String.join(
                "\n",
                "Retention sweep benchmark (issue 11, T-4): inactive-profile, ANONYMISE",
                "N = %,d expired profiles (%,d with a CV of %,d bytes), %d controls of each of 6 kinds that must stay"
                        .formatted(N, cvsOfDue, CV_BYTES / 16 * 16, CONTROLS),
                "batch size %d (%,d batches); data generated set-based in %.1f s (the first time)"
                        .formatted(batchSize, batches, generationSeconds),
                "",
                "| %-38s | %10s | %12s | %14s |".formatted("", "wall (s)", "profiles/s", "peak heap (MiB)"),
                "|%s|%s|%s|%s|".formatted("-".repeat(40), "-".repeat(12), "-".repeat(14), "-".repeat(16)),
                row("engine (RetentionService.run)", engine),
                row("one statement (data-modifying CTE)", statement),
                "",
                "ratio engine / statement (wall time): %.1f".formatted(engine.seconds() / statement.seconds()),
                "machine: %d processors, %.1f GiB memory, load average %.2f at the end, %s, max heap %d MiB"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                                os.getSystemLoadAverage(),
                                machine.get("java"),
                                Runtime.getRuntime().maxMemory() / (1024 * 1024)),
                "PostgreSQL %s (embedded), %s".formatted(machine.get("postgresql"), machine.get("postgresqlSettings")));
        System.out.println("\n" + table + "\n");

        Path directory = Path.of(System.getProperty("bench.results-dir", "../bench/results"));
        Files.createDirectories(directory);
        Path file = directory.resolve("retention-sweep-"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);
        Files.writeString(directory.resolve("retention-sweep-latest.txt"), table + "\n");
        System.out.println("results: " + file.toAbsolutePath().normalize());
    }

    private static String row(String name, Measured measured) {
        return "| %-38s | %10.1f | %,12.0f | %14.0f |"
                .formatted(
                        name, measured.seconds(), measured.rowsPerSecond(), measured.peakHeapBytes() / (1024.0 * 1024));
    }

    private static Map<String, Object> figures(Measured measured, Map<String, Object> more) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("wallSeconds", round(measured.seconds()));
        figures.put("profiles", measured.rows());
        figures.put("profilesPerSecond", Math.round(measured.rowsPerSecond()));
        figures.put("peakHeapBytes", measured.peakHeapBytes());
        figures.putAll(more);
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private String postgresSettings() throws SQLException {
        List<String> settings = new ArrayList<>();
        for (String name : List.of("shared_buffers", "work_mem", "synchronous_commit", "fsync")) {
            settings.add(name + "=" + text("SHOW " + name));
        }
        return String.join(", ", settings);
    }

    /** The benchmark sweeps one category: the others are switched off for it and on again after. */
    private List<String> onlyTheInactiveProfilePolicy() throws SQLException {
        List<String> disabled = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "UPDATE retention_policy SET enabled = false WHERE enabled AND category <> '" + CATEGORY
                                + "' RETURNING category")) {
            while (rows.next()) {
                disabled.add(rows.getString(1));
            }
        }
        return disabled;
    }

    private void enable(List<String> categories) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE retention_policy SET enabled = true WHERE category = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", categories.toArray()));
            statement.executeUpdate();
        }
    }

    private void vacuum() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE subject, account, profile, cv_file, legal_hold");
        }
    }

    private void execute(String sql, Instant... instants) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < instants.length; i++) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instants[i], ZoneOffset.UTC));
            }
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
