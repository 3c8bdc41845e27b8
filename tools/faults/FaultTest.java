import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.sun.net.httpserver.HttpServer;

/**
 * S-7 (issue 15): faults against the packaged backend (quarkus-run.jar, prod profile), with its own
 * PostgreSQL cluster on a random port and its own token issuer, so the run needs nothing else:
 *
 * <ol>
 *   <li>database outage under load: PostgreSQL is stopped (immediate, like a crash) while writes
 *       and reads run, and started again. Readiness must go DOWN and come back UP; every request
 *       answers 2xx or 503 problem+json with Retry-After (anything else is a failure); after the
 *       outage requests succeed again without a restart; every write answered 2xx is in the
 *       database, and every write that was refused is done by its retry with the same
 *       Idempotency-Key.
 *   <li>SIGKILL of the backend during response submissions, a retention sweep and privacy exports:
 *       after the restart no half state (each scenario's invariants, checked in SQL), the work that
 *       was cut off completes (retries with their key, the sweep resumes and finishes).
 * </ol>
 *
 * <p>Counted, not failed: a write whose transaction committed but whose answer was never stored
 * under its key (the kill or the outage came in between) is done a second time by a retry once the
 * key's lease has passed; writes with a uniqueness rule of their own refuse that second time.
 *
 * <p>Run by scripts/lib/faults.sh (make test-faults, part of make test). Exit code 0 when every
 * scenario passed; the figures are printed either way.
 */
public class FaultTest {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> VERDICTS = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Path work = Path.of(options.get("work"));
        Postgres pg = new Postgres(Path.of(options.get("pg-bin")), work.resolve("pg"), freePort(), options.getOrDefault("pg-as", ""));
        Issuer issuer = new Issuer(freePort());
        Backend backend = new Backend(Path.of(options.get("java")), Path.of(options.get("jar")), work, pg, issuer);
        long t0 = System.nanoTime();
        try {
            pg.init();
            issuer.start();
            backend.start();
            String assignment = firstPublishedAssignment(backend);

            databaseOutage(pg, backend, assignment);
            killDuringResponses(backend, assignment);
            killDuringSweep(pg, backend);
            killDuringExports(backend, issuer);
        } catch (Exception | AssertionError e) {
            FAILURES.add("harness: " + e);
            e.printStackTrace();
        } finally {
            backend.stop();
            issuer.stop();
            pg.stop("fast");
        }
        System.out.println();
        System.out.println("== fault scenarios ==");
        VERDICTS.forEach((name, verdict) -> System.out.printf("  %-34s %s%n", name, verdict));
        System.out.printf("  (%d s)%n", (System.nanoTime() - t0) / 1_000_000_000L);
        if (!FAILURES.isEmpty()) {
            System.out.println("FAILED:");
            FAILURES.forEach(f -> System.out.println("  - " + f));
            System.out.println("backend logs: " + work);
            System.exit(1);
        }
        System.out.println("all fault scenarios passed");
    }

    // ---------------------------------------------------------------------------------------
    // 1. Database outage under load
    // ---------------------------------------------------------------------------------------

    static void databaseOutage(Postgres pg, Backend backend, String assignment) throws Exception {
        String name = "database outage (10 s, under load)";
        List<String> problems = new ArrayList<>();
        Load load = new Load(backend, assignment, 4, 2);
        Readiness readiness = new Readiness(backend);
        readiness.start();
        load.start();
        Thread.sleep(4_000);
        Instant down = Instant.now();
        pg.stop("immediate");
        Thread.sleep(10_000);
        Instant up = Instant.now();
        pg.start();
        Instant accepting = Instant.now();
        Instant ready = readiness.awaitUp(Duration.ofSeconds(60));
        Thread.sleep(6_000);
        load.stop();
        readiness.stop();

        List<Outcome> outcomes = new ArrayList<>(load.outcomes);
        long ok = outcomes.stream().filter(Outcome::succeeded).count();
        long refused = outcomes.stream().filter(Outcome::refusedWell).count();
        List<Outcome> wrong = outcomes.stream().filter(o -> !o.succeeded() && !o.refusedWell()).toList();
        // a request started one second after readiness came back must succeed
        Instant settled = ready == null ? Instant.MAX : ready.plusSeconds(1);
        List<Outcome> failedAfter = outcomes.stream()
                .filter(o -> o.started.isAfter(settled) && !o.succeeded())
                .toList();
        long slowest503 = outcomes.stream()
                .filter(Outcome::refusedWell)
                .mapToLong(o -> o.millis)
                .max()
                .orElse(0);
        if (!readiness.sawDown) {
            problems.add("readiness never reported DOWN while PostgreSQL was stopped");
        }
        if (ready == null) {
            problems.add("readiness did not come back UP within 60 s of PostgreSQL's restart");
        }
        if (refused == 0) {
            problems.add("no request was answered 503 during the outage");
        }
        wrong.stream().limit(5).forEach(o -> problems.add("answer neither 2xx nor 503+Retry-After: " + o));
        failedAfter.stream().limit(5).forEach(o -> problems.add("failed after recovery: " + o));

        // lost acknowledged writes: every 2xx write must be in the database, once
        Map<String, Integer> rows = responsesByEmail(pg);
        List<Write> acknowledged =
                load.writes.stream().filter(w -> w.outcome.succeeded()).toList();
        long lost = acknowledged.stream()
                .filter(w -> rows.getOrDefault(w.email, 0) != 1)
                .count();
        if (lost > 0) {
            problems.add(lost + " acknowledged writes are not in the database exactly once");
        }
        // refused writes: the retry with the same key does them exactly once
        List<Write> unanswered =
                load.writes.stream().filter(w -> !w.outcome.succeeded()).toList();
        RetryFigures retried = retryWrites(backend, unanswered);
        Map<String, Integer> after = responsesByEmail(pg);
        long missing = unanswered.stream()
                .filter(w -> after.getOrDefault(w.email, 0) == 0)
                .count();
        long twice = unanswered.stream()
                .filter(w -> after.getOrDefault(w.email, 0) > 1)
                .count();
        if (missing > 0) {
            problems.add(missing + " refused writes are not in the database after their retry");
        }
        problems.addAll(retried.problems);
        problems.addAll(responseInvariants(pg));

        String figures = String.format(
                "requests %d: succeeded %d, 503 %d, other failures %d; writes acknowledged %d, lost %d;"
                        + " refused writes retried %d (done by the retry %d, already done %d, done twice %d);"
                        + " slowest 503 %d ms; PostgreSQL down %d ms, restarted in %d ms; readiness UP again %s after"
                        + " the restart began",
                outcomes.size(),
                ok,
                refused,
                wrong.size(),
                acknowledged.size(),
                lost,
                unanswered.size(),
                retried.done,
                retried.alreadyDone,
                twice,
                slowest503,
                Duration.between(down, accepting).toMillis(),
                Duration.between(up, accepting).toMillis(),
                ready == null ? "never" : Duration.between(up, ready).toMillis() + " ms");
        verdict(name, problems, figures);
    }

    // ---------------------------------------------------------------------------------------
    // 2a. SIGKILL during response submissions
    // ---------------------------------------------------------------------------------------

    static void killDuringResponses(Backend backend, String assignment) throws Exception {
        int rounds = 2;
        int unacknowledged = 0;
        int acknowledgedTotal = 0;
        int committedUnanswered = 0;
        long duplicates = 0;
        for (int round = 1; round <= rounds; round++) {
            String name = "kill during response submission #" + round;
            List<String> problems = new ArrayList<>();
            Load load = new Load(backend, assignment, 6, 0);
            load.start();
            Thread.sleep(1_500 + ThreadLocalRandom.current().nextInt(2_000));
            long open = backend.pg.openTransactions();
            backend.kill();
            load.stop();
            backend.start();

            problems.addAll(responseInvariants(backend.pg));
            Map<String, Integer> rows = responsesByEmail(backend.pg);
            List<Write> acknowledged =
                    load.writes.stream().filter(w -> w.outcome.succeeded()).toList();
            long lost = acknowledged.stream()
                    .filter(w -> rows.getOrDefault(w.email, 0) != 1)
                    .count();
            if (lost > 0) {
                problems.add(lost + " acknowledged responses lost");
            }
            List<Write> cut = load.writes.stream().filter(w -> !w.outcome.succeeded()).toList();
            int committed = (int) cut.stream().filter(w -> rows.getOrDefault(w.email, 0) == 1).count();
            RetryFigures retried = retryWrites(backend, cut);
            problems.addAll(retried.problems);
            Map<String, Integer> after = responsesByEmail(backend.pg);
            long missing = cut.stream().filter(w -> after.getOrDefault(w.email, 0) == 0).count();
            long twice = cut.stream().filter(w -> after.getOrDefault(w.email, 0) > 1).count();
            if (missing > 0) {
                problems.add(missing + " cut-off responses not stored after their retry");
            }
            problems.addAll(responseInvariants(backend.pg));
            unacknowledged += cut.size();
            acknowledgedTotal += acknowledged.size();
            committedUnanswered += committed;
            verdict(
                    name,
                    problems,
                    String.format(
                            "transactions open at the kill %d; acknowledged %d (lost %d), cut off by the kill %d [%s]"
                                    + " (committed before the kill %d,"
                                    + " done by the retry %d, refused as done %d, done twice %d)",
                            open,
                            acknowledged.size(),
                            lost,
                            cut.size(),
                            histogram(cut.stream().map(w -> w.outcome).toList()),
                            committed,
                            retried.done,
                            retried.alreadyDone,
                            twice));
            duplicates += twice;
        }
        VERDICTS.put(
                "responses over " + rounds + " kills",
                String.format(
                        "acknowledged %d, cut off %d, of which committed before the kill %d; done twice by the"
                                + " retry %d (a commit whose answer was never stored; the retry ran after the"
                                + " key's lease)",
                        acknowledgedTotal, unacknowledged, committedUnanswered, duplicates));
    }

    /** A response with a CV has its CV row and vice versa; a response waiting for its e-mail check has its token. */
    static List<String> responseInvariants(Postgres pg) throws SQLException {
        List<String> problems = new ArrayList<>();
        long cvMismatch = pg.count("SELECT count(*) FROM response r WHERE (r.cv_file_name IS NOT NULL)"
                + " <> EXISTS (SELECT 1 FROM response_cv c WHERE c.response_id = r.id)");
        long withoutToken = pg.count("SELECT count(*) FROM response r WHERE r.status = 'PENDING_VERIFICATION'"
                + " AND NOT EXISTS (SELECT 1 FROM response_token t WHERE t.response_id = r.id)");
        long withoutSubject = pg.count("SELECT count(*) FROM response r WHERE r.respondent_subject_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM subject s WHERE s.id = r.respondent_subject_id)");
        if (cvMismatch > 0) {
            problems.add(cvMismatch + " responses whose CV name and CV row disagree");
        }
        if (withoutToken > 0) {
            problems.add(withoutToken + " unconfirmed responses without their confirmation token");
        }
        if (withoutSubject > 0) {
            problems.add(withoutSubject + " responses without their e-mail identity");
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------
    // 2b. SIGKILL during a retention sweep
    // ---------------------------------------------------------------------------------------

    static void killDuringSweep(Postgres pg, Backend backend) throws Exception {
        String name = "kill during retention sweep";
        List<String> problems = new ArrayList<>();
        // everything the earlier scenarios left unconfirmed becomes due (T-1 unverified-submission, 7 days)
        long due = pg.update("UPDATE response SET created_at = created_at - interval '30 days'"
                + " WHERE status = 'PENDING_VERIFICATION'");
        long runsBefore = pg.count("SELECT count(*) FROM retention_run");
        String sweptSql = "SELECT coalesce(sum(c.deleted), 0) FROM retention_run_category c"
                + " WHERE c.category = 'unverified-submission'";
        long sweptBefore = pg.count(sweptSql);
        String dueSql = "SELECT count(*) FROM response WHERE status = 'PENDING_VERIFICATION'"
                + " AND created_at < now() - interval '7 days'";
        if (due < 100) {
            problems.add("only " + due + " due records to sweep (want at least 100)");
        }
        // the backend runs the sweep every two seconds (WERKBANK_RETENTION_CRON); kill it inside a run
        int kills = 0;
        long sweptAtKills = 0;
        int sweepKills = 1;
        long openAtKill = 0;
        for (int attempt = 0; attempt < sweepKills; attempt++) {
            Instant deadline = Instant.now().plusSeconds(30);
            boolean inRun = false;
            while (Instant.now().isBefore(deadline)) {
                long running = pg.count("SELECT count(*) FROM retention_run r JOIN retention_run_category c"
                        + " ON c.run_id = r.id WHERE r.status = 'RUNNING' AND NOT r.dry_run"
                        + " AND c.category = 'unverified-submission' AND c.examined > 0");
                if (running > 0) {
                    inRun = true;
                    break;
                }
                if (pg.count(dueSql) == 0) {
                    break;
                }
                Thread.sleep(20);
            }
            if (!inRun) {
                break;
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(150));
            openAtKill = pg.openTransactions();
            backend.kill();
            kills++;
            // the state the kill left: every deleted record counted by its batch, none half done
            long swept = pg.count(sweptSql) - sweptBefore;
            long remaining = pg.count(dueSql);
            sweptAtKills = swept;
            if (swept + remaining != due) {
                problems.add(String.format(
                        "after kill %d: %d swept (per the run records) + %d still due != %d due at the start",
                        kills, swept, remaining, due));
            }
            long running = pg.count("SELECT count(*) FROM retention_run WHERE status = 'RUNNING' AND NOT dry_run");
            if (running != 1 && remaining > 0) {
                problems.add("after kill " + kills + ": " + running + " runs RUNNING (expected the killed one)");
            }
            backend.start();
        }
        if (kills == 0) {
            problems.add("the sweep never ran while it had due records: no kill landed inside a run");
        }
        // after the restart the next run takes over the abandoned one and finishes the work
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)
                && (pg.count(dueSql) > 0
                        || pg.count("SELECT count(*) FROM retention_run WHERE status = 'RUNNING' AND NOT dry_run") > 0)) {
            Thread.sleep(250);
        }
        long remaining = pg.count(dueSql);
        long swept = pg.count(sweptSql) - sweptBefore;
        long abandoned = pg.count("SELECT count(*) FROM retention_run WHERE status = 'ABANDONED'");
        long finished = pg.count("SELECT count(*) FROM retention_run WHERE status = 'FINISHED' AND NOT dry_run");
        long orphans = pg.count("SELECT count(*) FROM response_cv c WHERE NOT EXISTS"
                + " (SELECT 1 FROM response r WHERE r.id = c.response_id)");
        if (remaining > 0) {
            problems.add(remaining + " records still due 60 s after the restart: the sweep did not resume");
        }
        if (swept != due) {
            problems.add("the run records count " + swept + " deletions for " + due + " due records");
        }
        if (kills > 0 && abandoned == 0) {
            problems.add("no run was marked ABANDONED after the kill");
        }
        if (orphans > 0) {
            problems.add(orphans + " CV rows without their response");
        }
        problems.addAll(responseInvariants(pg));
        verdict(
                name,
                problems,
                String.format(
                        "due %d, kills inside a run %d (transactions open at the kill %d, swept before it %d),"
                                + " swept in total %d,"
                                + " still due %d; runs: %d abandoned, %d finished (%d before)",
                        due, kills, openAtKill, sweptAtKills, swept, remaining, abandoned, finished, runsBefore));
    }

    // ---------------------------------------------------------------------------------------
    // 2c. SIGKILL during privacy exports (D-3)
    // ---------------------------------------------------------------------------------------

    static void killDuringExports(Backend backend, Issuer issuer) throws Exception {
        String name = "kill during privacy export";
        List<String> problems = new ArrayList<>();
        int people = 8;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String sub = "fault-" + UUID.randomUUID();
            tokens.add(issuer.token(sub, "Export Tester " + i, sub + "@example.nl", "professional"));
        }
        ConcurrentLinkedQueue<ExportRequest> requests = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(people);
        for (String token : tokens) {
            threads.submit(() -> {
                while (running.get()) {
                    ExportRequest request = new ExportRequest(token, UUID.randomUUID().toString());
                    request.outcome = fileExport(backend, request);
                    requests.add(request);
                }
                return null;
            });
        }
        Thread.sleep(1_500 + ThreadLocalRandom.current().nextInt(2_000));
        long open = backend.pg.openTransactions();
        backend.kill();
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        backend.start();

        problems.addAll(exportInvariants(backend.pg));
        List<ExportRequest> answered =
                requests.stream().filter(r -> r.outcome.succeeded()).toList();
        long lost = 0;
        for (ExportRequest request : answered) {
            Optional<String> id = idIn(request.outcome.body);
            if (id.isEmpty()
                    || backend.pg.count("SELECT count(*) FROM privacy_export WHERE request_id = '" + id.get() + "'")
                            != 1) {
                lost++;
            }
        }
        if (lost > 0) {
            problems.add(lost + " acknowledged exports have no archive");
        }
        List<ExportRequest> cut =
                requests.stream().filter(r -> !r.outcome.succeeded()).toList();
        int redone = 0;
        int downloaded = 0;
        for (ExportRequest request : cut) {
            Outcome retry = retryUntilLeaseAllows(() -> fileExport(backend, request));
            if (!retry.succeeded()) {
                problems.add("the retried export did not succeed: " + retry);
                continue;
            }
            redone++;
            Optional<String> id = idIn(retry.body);
            if (id.isPresent()) {
                Outcome download = send(backend, HttpRequest.newBuilder(backend.api("/api/v1/me/requests/" + id.get() + "/export"))
                        .header("Authorization", "Bearer " + request.token)
                        .GET());
                if (download.succeeded()) {
                    downloaded++;
                } else {
                    problems.add("the retried export cannot be downloaded: " + download);
                }
            }
        }
        problems.addAll(exportInvariants(backend.pg));
        verdict(
                name,
                problems,
                String.format(
                        "transactions open at the kill %d; acknowledged %d (without archive %d), cut off by the kill"
                                + " %d [%s], retried and downloaded %d/%d",
                        open,
                        answered.size(),
                        lost,
                        cut.size(),
                        histogram(cut.stream().map(r -> r.outcome).toList()),
                        downloaded,
                        redone));
    }

    /** An access request is completed with its archive or not there at all; no archive without its request. */
    static List<String> exportInvariants(Postgres pg) throws SQLException {
        List<String> problems = new ArrayList<>();
        long open = pg.count("SELECT count(*) FROM privacy_request WHERE type IN ('ACCESS', 'PORTABILITY')"
                + " AND status IN ('RECEIVED', 'IN_PROGRESS')");
        long withoutArchive = pg.count("SELECT count(*) FROM privacy_request r WHERE r.type IN ('ACCESS', 'PORTABILITY')"
                + " AND r.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM privacy_export e WHERE e.request_id = r.id)");
        long withoutSteps = pg.count("SELECT count(*) FROM privacy_request r WHERE NOT EXISTS"
                + " (SELECT 1 FROM privacy_request_step s WHERE s.request_id = r.id)");
        if (open > 0) {
            problems.add(open + " access requests left received/in progress");
        }
        if (withoutArchive > 0) {
            problems.add(withoutArchive + " completed access requests without their archive");
        }
        if (withoutSteps > 0) {
            problems.add(withoutSteps + " privacy requests without their history");
        }
        return problems;
    }

    static final class ExportRequest {
        final String token;
        final String key;
        volatile Outcome outcome;

        ExportRequest(String token, String key) {
            this.token = token;
            this.key = key;
        }
    }

    static Outcome fileExport(Backend backend, ExportRequest request) {
        return send(backend, HttpRequest.newBuilder(backend.api("/api/v1/me/requests"))
                .header("Authorization", "Bearer " + request.token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"ACCESS\"}")));
    }

    // ---------------------------------------------------------------------------------------
    // Load: anonymous responses (with a CV and an Idempotency-Key) and public reads
    // ---------------------------------------------------------------------------------------

    static final class Write {
        final String email = "fault-" + UUID.randomUUID() + "@example.nl";
        final String key = UUID.randomUUID().toString();
        volatile Outcome outcome;
    }

    static final class Load {
        final Backend backend;
        final String assignment;
        final int writers;
        final int readers;
        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads;

        Load(Backend backend, String assignment, int writers, int readers) {
            this.backend = backend;
            this.assignment = assignment;
            this.writers = writers;
            this.readers = readers;
        }

        void start() {
            threads = Executors.newFixedThreadPool(writers + readers);
            for (int i = 0; i < writers; i++) {
                threads.submit(() -> {
                    while (running.get()) {
                        Write write = new Write();
                        write.outcome = respond(backend, assignment, write);
                        writes.add(write);
                        outcomes.add(write.outcome);
                    }
                });
            }
            for (int i = 0; i < readers; i++) {
                threads.submit(() -> {
                    while (running.get()) {
                        outcomes.add(send(backend, HttpRequest.newBuilder(backend.api("/api/v1/assignments/" + assignment))
                                .GET()));
                        pause(20);
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the load did not stop within 60 s (requests hang)");
            }
        }
    }

    static Outcome respond(Backend backend, String assignment, Write write) {
        String boundary = "fault-" + UUID.randomUUID();
        String json = "{\"motivation\":\"Fault test\",\"answers\":" + answers + ",\"thisAssignmentOnly\":false,"
                + "\"useProfileCv\":false,\"respondent\":{\"name\":\"Fault Tester\",\"email\":\"" + write.email + "\"}}";
        byte[] body = multipart(boundary, json, PDF);
        return send(backend, HttpRequest.newBuilder(backend.api("/api/v1/assignments/" + assignment + "/responses"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "werkbank-fault-test")
                .header("Idempotency-Key", write.key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static final class RetryFigures {
        int done;
        int alreadyDone;
        int waitedForLease;
        final List<String> problems = new ArrayList<>();
    }

    /**
     * Each write that got no 2xx is sent again with its key, as a client would: a 409 with
     * Retry-After means the key is still claimed (by a request the kill or the outage cut off) and
     * is retried until its lease lets the retry run; 409 without it means the write was done.
     */
    static RetryFigures retryWrites(Backend backend, List<Write> writes) {
        RetryFigures figures = new RetryFigures();
        for (Write write : writes) {
            AtomicBoolean waited = new AtomicBoolean();
            Outcome retry = retryUntilLeaseAllows(() -> {
                Outcome o = respond(backend, backendAssignment, write);
                if (o.status == 409 && o.retryAfter != null) {
                    waited.set(true);
                }
                return o;
            });
            if (waited.get()) {
                figures.waitedForLease++;
            }
            if (retry.succeeded()) {
                figures.done++;
            } else if (retry.status == 409 && retry.retryAfter == null && retry.body.contains("already responded")) {
                figures.alreadyDone++;
            } else {
                figures.problems.add("retry of a cut-off write: " + retry);
            }
        }
        return figures;
    }

    static volatile String backendAssignment;

    static Outcome retryUntilLeaseAllows(Supplier<Outcome> attempt) {
        Instant deadline = Instant.now().plusSeconds(40);
        Outcome outcome = attempt.get();
        while ((outcome.status == 409 && outcome.retryAfter != null || outcome.status == 503)
                && Instant.now().isBefore(deadline)) {
            pause(1_000);
            outcome = attempt.get();
        }
        return outcome;
    }

    // ---------------------------------------------------------------------------------------
    // HTTP
    // ---------------------------------------------------------------------------------------

    record Outcome(Instant started, long millis, int status, String contentType, String retryAfter, String body, String error) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** The answer the service owes a client while its database is down. */
        boolean refusedWell() {
            return status == 503 && retryAfter != null && contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return error != null
                    ? "no answer (" + error + ") after " + millis + " ms"
                    : status + " " + (body.length() > 160 ? body.substring(0, 160) : body) + " after " + millis + " ms";
        }
    }

    static Outcome send(Backend backend, HttpRequest.Builder request) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(
                    started,
                    (System.nanoTime() - t0) / 1_000_000,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body(),
                    null);
        } catch (IOException e) {
            return new Outcome(started, (System.nanoTime() - t0) / 1_000_000, 0, null, null, "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(started, 0, 0, null, null, "", "interrupted");
        }
    }

    static final class Readiness {
        final Backend backend;
        volatile boolean sawDown;
        volatile Instant lastUp;
        volatile Instant upAfterDown;
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        Readiness(Backend backend) {
            this.backend = backend;
        }

        void start() {
            thread = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    Outcome o = send(backend, HttpRequest.newBuilder(backend.management("/q/health/ready")).GET());
                    if (o.status == 503 && o.body.contains("DOWN")) {
                        sawDown = true;
                    } else if (o.status == 200 && sawDown && upAfterDown == null) {
                        upAfterDown = o.started;
                    }
                    pause(200);
                }
            });
        }

        Instant awaitUp(Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (upAfterDown == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            return upAfterDown;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    static String firstPublishedAssignment(Backend backend) {
        Outcome page = send(backend, HttpRequest.newBuilder(backend.api("/api/v1/assignments?limit=5")).GET());
        String id = idIn(page.body).orElseThrow(() -> new AssertionError("no published assignment (demo data): " + page));
        Outcome detail = send(backend, HttpRequest.newBuilder(backend.api("/api/v1/assignments/" + id)).GET());
        if (!detail.succeeded()) {
            throw new AssertionError("the published assignment cannot be read: " + detail);
        }
        answers = answersTo(detail.body);
        backendAssignment = id;
        return id;
    }

    static volatile String answers = "[]";

    /** An answer of the right kind to every question of the assignment (R-1 checks them). */
    static String answersTo(String assignmentJson) {
        int key = assignmentJson.indexOf("\"questions\"");
        if (key < 0) {
            return "[]";
        }
        int open = assignmentJson.indexOf('[', key);
        int depth = 0;
        int close = open;
        boolean inString = false;
        for (int i = open; i < assignmentJson.length(); i++) {
            char c = assignmentJson.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                close = i;
                break;
            }
        }
        Matcher question = Pattern.compile("\\{[^{}]*\\}").matcher(assignmentJson.substring(open, close + 1));
        List<String> answers = new ArrayList<>();
        while (question.find()) {
            String q = question.group();
            Matcher id = ID.matcher(q);
            Matcher kind = Pattern.compile("\"kind\"\\s*:\\s*\"(\\w+)\"").matcher(q);
            if (!id.find() || !kind.find()) {
                continue;
            }
            Matcher option = Pattern.compile("\"options\"\\s*:\\s*\\[\\s*\"([^\"]*)\"").matcher(q);
            String value = switch (kind.group(1)) {
                case "YES_NO" -> "yes";
                case "NUMBER" -> "5";
                case "CHOICE" -> option.find() ? option.group(1) : "";
                default -> "Fault test";
            };
            answers.add("{\"questionId\":\"" + id.group(1) + "\",\"value\":\"" + value + "\"}");
        }
        return "[" + String.join(",", answers) + "]";
    }

    static Optional<String> idIn(String json) {
        Matcher m = ID.matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Map<String, Integer> responsesByEmail(Postgres pg) throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = pg.connect("werkbank");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT respondent_email, count(*) FROM response"
                        + " WHERE respondent_email LIKE 'fault-%' GROUP BY respondent_email")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getInt(2));
            }
        }
        return rows;
    }

    /** Statuses and how often, e.g. "202x5 no-answerx2" (0: the connection broke). */
    static String histogram(List<Outcome> outcomes) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.status == 0 ? "no-answer" : String.valueOf(o.status), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(status + "x" + n));
        return String.join(" ", parts);
    }

    static void verdict(String name, List<String> problems, String figures) {
        String verdict = (problems.isEmpty() ? "passed" : "FAILED") + ": " + figures;
        VERDICTS.put(name, verdict);
        System.out.printf("[faults] %s %s%n", name, verdict);
        problems.forEach(p -> FAILURES.add(name + ": " + p));
        problems.forEach(p -> System.out.println("[faults]   - " + p));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A one-page PDF (the CV), with a correct cross-reference table. */
    static final byte[] PDF = pdf();

    static byte[] pdf() {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] multipart(String boundary, String json, byte[] cv) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"response\"; filename=\"response.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + cv.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(cv, 0, all, a.length, cv.length);
        System.arraycopy(c, 0, all, a.length + cv.length, c.length);
        return all;
    }

    // ---------------------------------------------------------------------------------------
    // PostgreSQL: a cluster of its own in the work directory (Debian's binaries)
    // ---------------------------------------------------------------------------------------

    static final class Postgres {
        final Path bin;
        final Path data;
        final int port;
        final List<String> as;

        Postgres(Path bin, Path data, int port, String as) {
            this.bin = bin;
            this.data = data;
            this.port = port;
            this.as = as.isBlank() ? List.of() : List.of(as.trim().split("\\s+"));
        }

        void init() throws Exception {
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"));
            start();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE werkbank LOGIN PASSWORD 'fault-test'");
                s.execute("CREATE DATABASE werkbank OWNER werkbank");
            }
        }

        void start() throws Exception {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolveSibling("postgres.log").toString(),
                    "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=60", "-w", "-t", "60", "start"));
        }

        void stop(String mode) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", mode, "-w", "-t", "60", "stop"));
            } catch (Exception e) {
                System.out.println("[faults] stopping PostgreSQL: " + e.getMessage());
            }
        }

        Connection connect(String db) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, "postgres", "");
        }

        long count(String sql) throws SQLException {
            try (Connection c = connect("werkbank");
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        /** Transactions of the backend in progress right now (the kill lands inside these). */
        long openTransactions() throws SQLException {
            return count("SELECT count(*) FROM pg_stat_activity WHERE datname = 'werkbank' AND usename = 'werkbank'"
                    + " AND xact_start IS NOT NULL");
        }

        long update(String sql) throws SQLException {
            try (Connection c = connect("werkbank");
                    PreparedStatement s = c.prepareStatement(sql)) {
                return s.executeUpdate();
            }
        }

        private void run(List<String> command) throws Exception {
            List<String> full = new ArrayList<>(as);
            full.addAll(command);
            Process p = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("pg_ctl.log").toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (see " + data.resolveSibling("pg_ctl.log") + ")");
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Token issuer: OIDC discovery and a JWKS, tokens signed RS256 like Keycloak's
    // ---------------------------------------------------------------------------------------

    static final class Issuer {
        final int port;
        final KeyPair keys;
        HttpServer server;

        Issuer(int port) throws Exception {
            this.port = port;
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        }

        String url() {
            return "http://127.0.0.1:" + port + "/realms/faults";
        }

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            String discovery = "{\"issuer\":\"" + url() + "\",\"jwks_uri\":\"" + url() + "/protocol/openid-connect/certs\","
                    + "\"authorization_endpoint\":\"" + url() + "/protocol/openid-connect/auth\","
                    + "\"token_endpoint\":\"" + url() + "/protocol/openid-connect/token\","
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
            String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"fault\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
            server.createContext("/realms/faults/.well-known/openid-configuration", exchange -> reply(exchange, discovery));
            server.createContext("/realms/faults/protocol/openid-connect/certs", exchange -> reply(exchange, jwks));
            server.start();
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }

        private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        String token(String subject, String name, String email, String role) {
            long now = Instant.now().getEpochSecond();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"fault\"}";
            String claims = "{\"iss\":\"" + url() + "\",\"aud\":\"werkbank-api\",\"sub\":\"" + subject + "\","
                    + "\"preferred_username\":\"" + subject + "\",\"name\":\"" + name + "\",\"email\":\"" + email + "\","
                    + "\"email_verified\":true,\"locale\":\"nl\",\"realm_access\":{\"roles\":[\"" + role + "\"]},"
                    + "\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
            String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(keys.getPrivate());
                rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + b64(rsa.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        }

        private static String b64(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The backend: the packaged jar, prod profile
    // ---------------------------------------------------------------------------------------

    static final class Backend {
        final Path java;
        final Path jar;
        final Path logs;
        final Postgres pg;
        final Issuer issuer;
        final int port;
        final int managementPort;
        final AtomicInteger starts = new AtomicInteger();
        final String runKey = UUID.randomUUID().toString();
        Process process;

        Backend(Path java, Path jar, Path logs, Postgres pg, Issuer issuer) throws IOException {
            this.java = java;
            this.jar = jar;
            this.logs = logs;
            this.pg = pg;
            this.issuer = issuer;
            this.port = freePort();
            this.managementPort = freePort();
        }

        URI api(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        URI management(String path) {
            return URI.create("http://127.0.0.1:" + managementPort + path);
        }

        void start() throws Exception {
            Path log = logs.resolve("backend-" + starts.incrementAndGet() + ".log");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("WERKBANK_") || k.startsWith("QUARKUS_"));
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("WERKBANK_MANAGEMENT_PORT", String.valueOf(managementPort));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/werkbank");
            env.put("QUARKUS_DATASOURCE_USERNAME", "werkbank");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "fault-test");
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer.url());
            env.put("QUARKUS_OIDC_TOKEN_ISSUER", issuer.url());
            env.put("QUARKUS_MAILER_MOCK", "true");
            // the mock mailer signs nothing; the prod profile would want a DKIM domain and key
            env.put("WERKBANK_DKIM_ENABLED", "false");
            env.put("QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL", "WARN");
            env.put("WERKBANK_DEMO_DATA_ENABLED", "true");
            // one key for every start: Idempotency-Key scopes are hashed with it
            env.put("WERKBANK_HASH_KEY", "fault-test-hash-key-" + runKey);
            env.put("WERKBANK_IDP_CLIENT_SECRET", "fault-test-idp-secret-" + runKey);
            env.put("WERKBANK_IDP_URL", "http://127.0.0.1:" + issuer.port);
            env.put("WERKBANK_SUPPRESSION_KEY", "fault-test-suppression-key");
            env.put("WERKBANK_LEDGER_KEY", "fault-test-ledger-key");
            env.put("WERKBANK_PRIVACY_CONTACT", "privacy@fault.test");
            env.put("WERKBANK_SPA_URL", "http://127.0.0.1:1");
            env.put("WERKBANK_API_URL", "http://127.0.0.1:" + port);
            // load from one address: the per-IP limit of anonymous postings would refuse most of it
            env.put("WERKBANK_SUBMISSIONS_PER_IP", "1000000");
            // a claim cut off by a kill blocks its retry this long (production: 2 minutes)
            env.put("WERKBANK_IDEMPOTENCY_LEASE", "5s");
            // the retention sweep every two seconds, in small batches, its lease short, so a
            // kill lands inside a run and the restarted backend takes over soon
            env.put("WERKBANK_RETENTION_CRON", "0/2 * * * * ?");
            env.put("WERKBANK_RETENTION_BATCH_SIZE", "5");
            env.put("WERKBANK_RETENTION_LEASE", "3s");
            process = builder.start();
            Instant deadline = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the backend exited during start-up (see " + log + ")");
                }
                Outcome ready = send(this, HttpRequest.newBuilder(management("/q/health/ready")).GET());
                if (ready.status == 200) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("the backend was not ready within 120 s (see " + log + ")");
        }

        /** SIGKILL: no shutdown hook runs, no transaction is finished. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
