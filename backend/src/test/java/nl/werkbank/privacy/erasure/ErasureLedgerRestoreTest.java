package nl.werkbank.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.DatabaseDump;
import nl.werkbank.testing.ResponseFixtures;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * T-6 (issue 11, "Restore"): back up with the script behind {@code make backup}, erase a subject,
 * restore with the script behind {@code make restore}, replay the erasure ledger: the subject is
 * gone again and nobody else was touched. Proven on full dumps: what the replay removed or changed
 * is exactly what the first erasure removed or changed, and what it added is the same up to times
 * and hashes.
 */
@QuarkusTest
class ErasureLedgerRestoreTest {

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(\\+00)?");
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern ID =
            Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

    @Inject
    ErasureService erasure;

    @Inject
    ErasureReplay replay;

    @Inject
    ErasureLedger ledger;

    @Inject
    EntityManager entityManager;

    @Test
    void aRestoredSubjectIsErasedAgainByTheReplayAndNobodyElseIsTouched() throws IOException {
        assertThat(DatabaseDump.method()).as("the backup scripts need pg_dump").isNotEqualTo("jdbc");
        Actors.Client client = Actors.clientOf("Rik Restore", "Restore Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(client.actor());
        Actors.Professional erased = Actors.professionalWithProfile("Eva Erased", "MEMBERS", true);
        Actors.Professional kept = Actors.professionalWithProfile("Koen Kept", "MEMBERS", true);
        ResponseFixtures.respond(erased.actor(), assignment, true);
        ResponseFixtures.respond(kept.actor(), assignment, true);
        UUID erasedId = subjectIdOf(erased.actor());
        UUID keptId = subjectIdOf(kept.actor());

        Path backups = Files.createTempDirectory("werkbank-backups-");
        Path fifteenDaysOld = backupAged(backups, "werkbank-20000101T000000Z.dump", 15);
        Path thirteenDaysOld = backupAged(backups, "werkbank-20000103T000000Z.dump", 13);
        String beforeErasure = DatabaseDump.text();
        Path backup = Path.of(
                stack(backups, "backup").strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(backup).exists().hasParent(backups);
        assertThat(fifteenDaysOld).as("rotation: older than 14 days").doesNotExist();
        assertThat(thirteenDaysOld).as("rotation: within 14 days").exists();

        QuarkusTransaction.requiringNew().run(() -> erasure.erase(erasedId, AuditActor.system()));
        String afterErasure = DatabaseDump.text();
        assertThat(subjectExists(erasedId)).isFalse();
        String ledgerKey = ConfigProvider.getConfig().getValue("werkbank.erasure.ledger-key", String.class);
        assertThat(ledgerRows())
                .as("the ledger holds the keyed hash of the subject id and the time, nothing else")
                .anyMatch(row -> row.contains(KeyedHash.of(ledgerKey, erasedId.toString())))
                .noneMatch(row -> row.contains(erasedId.toString()));

        stack(backups, "restore", backup.toString());
        assertThat(subjectExists(erasedId))
                .as("the restore brought the erased subject back")
                .isTrue();
        assertThat(ledger.pendingCount()).as("the ledger survived the restore").isOne();

        ErasureReplay.Replayed replayed = replay.replay();

        assertThat(replayed.entries()).isOne();
        assertThat(replayed.subjectsErased()).isOne();
        assertThat(subjectExists(erasedId)).isFalse();
        assertThat(subjectExists(keptId)).isTrue();
        assertThat(ledger.pendingCount()).isZero();
        assertThat(replay.replay().entries())
                .as("a second replay has nothing to do")
                .isZero();

        String afterReplay = DatabaseDump.text();
        List<String> before = rows(beforeErasure);
        List<String> erasedByErasure = minus(before, rows(afterErasure));
        List<String> erasedByReplay = minus(before, rows(afterReplay));
        assertThat(erasedByErasure).anyMatch(row -> row.contains(erasedId.toString()));
        assertThat(erasedByReplay)
                .as("the replay removed or changed exactly what the erasure did")
                .containsExactlyInAnyOrderElementsOf(erasedByErasure)
                .noneMatch(row -> row.contains(keptId.toString()));
        assertThat(comparable(minus(rows(afterReplay), before), beforeErasure))
                .as("and added the same rows, up to times, hashes and the ids of new rows")
                .containsExactlyInAnyOrderElementsOf(comparable(minus(rows(afterErasure), before), beforeErasure));
        assertThat(minus(rows(afterReplay), before))
                .anyMatch(row -> row.startsWith("public.audit_entry|") && row.contains("ledger-replay"));
    }

    private static Path backupAged(Path directory, String name, int days) throws IOException {
        Path file = Files.writeString(directory.resolve(name), "an older backup");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(days))));
        return file;
    }

    private static UUID subjectIdOf(Actors.Actor actor) {
        return UUID.fromString(
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId"));
    }

    private boolean subjectExists(UUID subjectId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                        .createNativeQuery("SELECT count(*) FROM subject WHERE id = :id")
                                        .setParameter("id", subjectId)
                                        .getSingleResult())
                                .longValue()
                        == 1);
    }

    @SuppressWarnings("unchecked")
    private List<String> ledgerRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("SELECT e::text FROM erasure_ledger.entry e")
                        .getResultList());
    }

    /** Every data row of a pg_dump --data-only text as "table|row". */
    private static List<String> rows(String dump) {
        List<String> rows = new ArrayList<>();
        String table = null;
        for (String line : dump.split("\n", -1)) {
            if (line.startsWith("COPY ")) {
                table = line.substring("COPY ".length(), line.indexOf(' ', "COPY ".length()));
            } else if (line.equals("\\.")) {
                table = null;
            } else if (table != null) {
                rows.add(table + "|" + line);
            }
        }
        return rows;
    }

    /** The rows of {@code from} that {@code other} does not hold, counting duplicates. */
    private static List<String> minus(List<String> from, List<String> other) {
        Map<String, Integer> remaining = new HashMap<>();
        other.forEach(row -> remaining.merge(row, 1, Integer::sum));
        List<String> result = new ArrayList<>();
        for (String row : from) {
            if (remaining.getOrDefault(row, 0) > 0) {
                remaining.merge(row, -1, Integer::sum);
            } else {
                result.add(row);
            }
        }
        return result;
    }

    /**
     * Times, hashes and the ids of rows the dump before did not hold masked (the recipient notice
     * the erasure queued is queued again, under a new id); audit rows by table only, since the
     * replay's entry names its cause.
     */
    private static List<String> comparable(List<String> rows, String dumpBefore) {
        return rows.stream()
                .map(row -> row.startsWith("public.audit_entry|") ? "public.audit_entry|" : row)
                .map(row -> HASH.matcher(TIME.matcher(row).replaceAll("<time>")).replaceAll("<hash>"))
                .map(row -> ID.matcher(row).replaceAll(id -> dumpBefore.contains(id.group()) ? id.group() : "<new-id>"))
                .toList();
    }

    /** Runs scripts/stack.sh (what make backup / make restore run) against the test database. */
    private static String stack(Path backups, String... command) throws IOException {
        URI db = URI.create(ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class)
                .substring("jdbc:".length()));
        List<String> commandLine = new ArrayList<>(List.of("bash", "../scripts/stack.sh"));
        commandLine.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("WERKBANK_DB_HOST", db.getHost());
        env.put("WERKBANK_DB_PORT", String.valueOf(db.getPort()));
        env.put("WERKBANK_DB_NAME", db.getPath().substring(1));
        env.put("WERKBANK_DB_USER", "postgres");
        env.put("WERKBANK_DB_PASSWORD", "");
        env.put("WERKBANK_BACKUP_DIR", backups.toString());
        // no backend of the local stack runs on this port, so restore's check finds none
        env.put("WERKBANK_API_PORT", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(process.exitValue())
                .as("scripts/stack.sh %s:%n%s", command[0], output)
                .isZero();
        return output;
    }
}
