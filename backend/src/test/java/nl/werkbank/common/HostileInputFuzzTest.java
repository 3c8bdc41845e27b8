package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.MultiPartSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.werkbank.common.AuthorisationMatrixTest.Row;
import nl.werkbank.common.AuthorisationMatrixTest.Scene;
import nl.werkbank.common.AuthorisationMatrixTest.Target;
import nl.werkbank.common.AuthorisationMatrixTest.World;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.RawHttp;
import nl.werkbank.testing.RawHttp.Answer;
import nl.werkbank.testing.RawHttp.Request;
import nl.werkbank.testing.WriteWatch;
import org.junit.jupiter.api.Test;

/**
 * S-2, S-4 (issue 15): replays every operation of openapi.yaml, as every kind of caller of the
 * authorisation matrix, with one hostile change to the valid request each time: a field made
 * malformed, oversized, of the wrong type, a unicode edge case or an injection; the body, its type,
 * an id in the path, a query parameter or a header. Every answer must be a problem+json 4xx or a
 * 2xx/3xx the contract documents, never a 5xx, and a refused request must leave every table as it
 * was ({@link WriteWatch}). The seed is printed; {@code -Dfuzz.seed} and {@code -Dfuzz.cases}
 * replay or widen a run.
 */
@QuarkusTest
@TestProfile(HostileInputFuzzTest.HostileClients.class)
class HostileInputFuzzTest {

    private static final long DEFAULT_SEED = 20_261_129L;
    private static final int IDLE_TIMEOUT_SECONDS = 3;
    private static final int DEFAULT_CASES = 10_000;
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Tables a refused request may legitimately write: the job-board feed's rate limit counts every
     * request of a board before it reads the parameters (F-5), so a board cannot probe with invalid
     * requests beyond its limit. Nothing else.
     */
    private static final Set<String> WRITTEN_ON_REFUSAL = Set.of("feed_rate_window");

    /**
     * Tables a refused request may write a row to only to delete it again: the Idempotency-Key
     * filter claims the key in its own transaction before the operation runs (a parallel retry
     * then waits for the first answer) and releases it when the answer is a refusal, which is not
     * kept. The table ends as it was: as many deletes as inserts, no update.
     */
    private static final Set<String> CLAIMED_AND_RELEASED = Set.of("idempotency_key");

    /**
     * The rate limits of anonymous submissions and the job-board feed would answer 429 after a few
     * hundred cases and hide every later answer of those operations; their own tests
     * (SubmissionLimitsTest, FeedRateLimitTest) hold them. Here they are out of the way, so the
     * fuzzer reaches the validation behind them. The idle timeout is seconds instead of a minute,
     * so a client that stops sending is seen to be disconnected within a test's patience.
     */
    public static class HostileClients implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "S",
                    "werkbank.submissions.per-ip", "100000000",
                    "werkbank.submissions.per-email", "100000000",
                    "werkbank.feed.requests-per-minute", "100000000",
                    "werkbank.organisations.daily-release-quota", "100000000");
        }
    }

    @Inject
    DataSource dataSource;

    /** A valid request of one matrix cell, taken apart so the fuzzer can change one thing in it. */
    record Base(
            String operationId,
            String method,
            String path,
            String target,
            String caller,
            boolean expectedToSucceed,
            List<Map.Entry<String, String>> headers,
            String contentType,
            JsonNode json,
            List<Part> parts,
            Map<String, String> form,
            List<String> queryParameters,
            Set<String> pathValues) {}

    record Part(String name, String fileName, String mimeType, byte[] content) {}

    /** One case: the operation, what was changed, and the request that carries the change. */
    record Case(String operationId, String caller, String mutation, Request request) {}

    record Failure(String operationId, String caller, String mutation, String what, String request) {}

    @Test
    void everyHostileRequestIsRefusedCleanlyOrServedAsDocumented() throws IOException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        System.out.println("[fuzz] seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), cases " + cases);
        Random random = new Random(seed);
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        Map<String, List<Base>> bases = bases(contract);
        List<String> operations = new ArrayList<>(new java.util.TreeSet<>(bases.keySet()));
        assertThat(operations)
                .as("every operation of the contract has a valid request to start from")
                .containsExactlyInAnyOrderElementsOf(
                        AuthorisationMatrixTest.operations().keySet());

        Map<String, Integer> perOperation = new TreeMap<>();
        Map<String, Integer> perMutation = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (WriteWatch watch = WriteWatch.install(dataSource);
                RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            assertThat(watch.tableCount()).as("tables watched").isGreaterThan(40);
            given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of(
                            "email", nl.werkbank.testing.AssignmentFixtures.uniqueEmail("watch"), "type", "ACCESS"))
                    .post("/api/v1/privacy-requests")
                    .then()
                    .statusCode(202);
            assertThat(watch.takeWrites())
                    .as("the write watch sees the rows of an accepted request")
                    .isNotEmpty();
            System.out.println("[fuzz] watching writes to " + watch.tableCount() + " tables");
            for (int i = 0; i < cases; i++) {
                String operation = operations.get(random.nextInt(operations.size()));
                Base base = pick(bases.get(operation), random);
                Case c = mutate(base, random);
                Answer answer = http.send(c.request());
                Map<String, Integer> writes = watch.takeWrites();
                perOperation.merge(operation, 1, Integer::sum);
                perMutation.merge(c.mutation().split(":")[0], 1, Integer::sum);
                perStatus.merge(answer.status(), 1, Integer::sum);
                String problem = judge(contract, base, answer, writes);
                if (problem != null) {
                    failures.add(new Failure(operation, c.caller(), c.mutation(), problem, describe(c.request())));
                }
            }
        } finally {
            Mailbox.sendAll();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        report(seed, cases, seconds, perOperation, perMutation, perStatus, failures);
        assertThat(failures)
                .as("hostile requests answered with a 5xx, no answer, a bare 4xx, an undocumented status or a"
                        + " half-saved row")
                .isEmpty();
    }

    /**
     * S-4: a client that sends half a request and then nothing (slowloris) holds its connection
     * only for the idle timeout (60 s in production, {@value #IDLE_TIMEOUT_SECONDS} s here).
     */
    @Test
    void aClientThatStopsSendingIsDisconnectedAfterTheIdleTimeout() throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/privacy-requests HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nX-Requested-With: werkbank-fuzz\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"email\":")
                            .getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            int read = socket.getInputStream().read();
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertThat(read).as("nothing answered, the connection closed").isEqualTo(-1);
            assertThat(seconds).isBetween((long) IDLE_TIMEOUT_SECONDS - 1, (long) IDLE_TIMEOUT_SECONDS + 10);
        }
    }

    /** Null when the answer is acceptable, otherwise what is wrong with it. */
    private static String judge(JsonNode contract, Base base, Answer answer, Map<String, Integer> writes) {
        int status = answer.status();
        if (status == 0) {
            return "no answer: " + answer.text();
        }
        if (status >= 500) {
            return status + " " + abbreviate(answer.text());
        }
        if (status >= 400) {
            String type = String.valueOf(answer.header("content-type"));
            if (!type.startsWith("application/problem+json")) {
                return status + " as " + type + ": " + abbreviate(answer.text());
            }
            Map<String, Integer> unexpected = new TreeMap<>(writes);
            unexpected.keySet().removeIf(key -> WRITTEN_ON_REFUSAL.contains(key.split(" ")[0]));
            for (String table : CLAIMED_AND_RELEASED) {
                int inserts = writes.getOrDefault(table + " insert", 0);
                if (inserts == writes.getOrDefault(table + " delete", 0) && !writes.containsKey(table + " update")) {
                    unexpected.remove(table + " insert");
                    unexpected.remove(table + " delete");
                }
            }
            if (!unexpected.isEmpty()) {
                return status + " but rows written " + unexpected + ": " + abbreviate(answer.text());
            }
            return null;
        }
        JsonNode responses = contract.path("paths")
                .path(base.path())
                .path(base.method().toLowerCase(java.util.Locale.ROOT))
                .path("responses");
        if (!responses.has(Integer.toString(status))) {
            return status + " not documented for the operation";
        }
        return null;
    }

    private static Base pick(List<Base> bases, Random random) {
        List<Base> succeeding = bases.stream().filter(Base::expectedToSucceed).toList();
        if (!succeeding.isEmpty() && random.nextInt(4) > 0) {
            return succeeding.get(random.nextInt(succeeding.size()));
        }
        return bases.get(random.nextInt(bases.size()));
    }

    // --- the valid requests to start from ---------------------------------------------------

    private static Map<String, List<Base>> bases(JsonNode contract) {
        World world = World.make();
        Map<String, Target> targets = AuthorisationMatrixTest.targets();
        Map<String, Scene> scenes = new HashMap<>();
        Map<String, List<Base>> bases = new TreeMap<>();
        for (Row row : AuthorisationMatrixTest.rows()) {
            Scene scene = scenes.computeIfAbsent(
                    row.target(), name -> targets.get(name).make().apply(world));
            JsonNode operation =
                    contract.path("paths").path(row.path()).path(row.method().toLowerCase(java.util.Locale.ROOT));
            for (String caller : AuthorisationMatrixTest.CALLERS) {
                bases.computeIfAbsent(row.operationId(), id -> new ArrayList<>())
                        .add(base(world, row, caller, scene, operation));
            }
        }
        return bases;
    }

    private static Base base(World world, Row row, String caller, Scene scene, JsonNode operation) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        switch (caller) {
            // as the SPA does (S-4): without it every anonymous write stops at the cross-site check
            case "anonymous" -> headers.add(Map.entry("X-Requested-With", "werkbank-fuzz"));
            case "manageToken" -> {
                headers.add(Map.entry("X-Requested-With", "werkbank-fuzz"));
                headers.add(Map.entry("Werkbank-Manage-Token", scene.manageToken()));
            }
            default ->
                headers.add(Map.entry(
                        "Authorization", "Bearer " + world.callers().get(caller).token()));
        }
        String path = row.path();
        Set<String> pathValues = new java.util.HashSet<>();
        if (scene.id() != null) {
            path = path.replace("{id}", scene.id()).replace("{category}", scene.id());
            pathValues.add(scene.id());
        }
        if (scene.responseId() != null) {
            path = path.replace("{responseId}", scene.responseId());
            pathValues.add(scene.responseId());
        }
        if (scene.link() != null) {
            path = path.replace("{link}", scene.link());
            if (row.path().contains("{link}")) {
                pathValues.add(scene.link());
            }
        }
        String contentType = null;
        JsonNode json = null;
        List<Part> parts = List.of();
        Map<String, String> form = Map.of();
        var body = AuthorisationMatrixTest.BODIES.get(row.operationId());
        if (body != null) {
            FilterableRequestSpecification spec =
                    (FilterableRequestSpecification) body.apply(caller, scene).apply(given());
            spec.getHeaders().forEach(h -> {
                if (!h.getName().equalsIgnoreCase("Content-Type")
                        && !h.getName().equalsIgnoreCase("Accept")) {
                    headers.add(Map.entry(h.getName(), h.getValue()));
                }
            });
            contentType = spec.getContentType();
            if (!spec.getMultiPartParams().isEmpty()) {
                contentType = "multipart/form-data";
                parts = spec.getMultiPartParams().stream()
                        .map(HostileInputFuzzTest::part)
                        .toList();
            } else if (!spec.getFormParams().isEmpty()) {
                form = new LinkedHashMap<>();
                for (var entry : spec.getFormParams().entrySet()) {
                    form.put(entry.getKey(), String.valueOf(entry.getValue()));
                }
                contentType = "application/x-www-form-urlencoded";
            } else if (spec.getBody() != null) {
                json = readJson(spec.getBody());
            }
        }
        List<String> query = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                query.add(parameter.path("name").asText());
            }
        });
        int expected = row.expected().get(caller);
        return new Base(
                row.operationId(),
                row.method(),
                row.path(),
                path,
                caller,
                expected < 400,
                List.copyOf(headers),
                contentType,
                json,
                parts,
                form,
                query,
                pathValues);
    }

    private static Part part(MultiPartSpecification spec) {
        Object content = spec.getContent();
        byte[] bytes =
                content instanceof byte[] raw ? raw : String.valueOf(content).getBytes(StandardCharsets.UTF_8);
        return new Part(spec.getControlName(), spec.getFileName(), spec.getMimeType(), bytes);
    }

    private static JsonNode readJson(Object body) {
        try {
            return body instanceof String text ? JSON.readTree(text) : JSON.valueToTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the changes ------------------------------------------------------------------------

    private static Case mutate(Base base, Random random) {
        boolean hasJson = base.json() != null || base.parts().stream().anyMatch(p -> isJsonPart(p));
        boolean hasBody = base.contentType() != null;
        boolean multipart = !base.parts().isEmpty();
        List<Function<Random, Case>> kinds = new ArrayList<>();
        if (hasJson) {
            kinds.addAll(java.util.Collections.nCopies(4, r -> jsonFieldCase(base, r)));
        }
        if (hasBody) {
            kinds.addAll(java.util.Collections.nCopies(2, r -> wholeBodyCase(base, r)));
            kinds.add(r -> contentTypeCase(base, r));
        }
        if (multipart) {
            kinds.addAll(java.util.Collections.nCopies(6, r -> uploadCase(base, r)));
        }
        if (!base.pathValues().isEmpty()) {
            kinds.addAll(java.util.Collections.nCopies(2, r -> pathCase(base, r)));
        }
        kinds.addAll(java.util.Collections.nCopies(2, r -> queryCase(base, r)));
        kinds.addAll(java.util.Collections.nCopies(2, r -> headerCase(base, r)));
        return kinds.get(random.nextInt(kinds.size())).apply(random);
    }

    private static boolean isJsonPart(Part part) {
        return part.mimeType() != null && part.mimeType().startsWith("application/json");
    }

    /** One field of the JSON body (or JSON part) replaced, removed, duplicated, or one added. */
    private static Case jsonFieldCase(Base base, Random random) {
        JsonNode json = base.json() != null
                ? base.json()
                : readJson(new String(
                        base.parts().stream()
                                .filter(HostileInputFuzzTest::isJsonPart)
                                .findFirst()
                                .orElseThrow()
                                .content(),
                        StandardCharsets.UTF_8));
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(json, new ArrayList<>(), paths);
        List<Object> at = paths.get(random.nextInt(paths.size()));
        String raw;
        int kind = random.nextInt(20);
        JsonEdit edit;
        String mutation;
        if (kind < 14 || at.isEmpty()) {
            raw = choose(random);
            edit = new JsonEdit(at, JsonEdit.Kind.REPLACE, raw);
            mutation = "field:replace";
        } else if (kind < 16 && at.get(at.size() - 1) instanceof String) {
            edit = new JsonEdit(at, JsonEdit.Kind.REMOVE, null);
            mutation = "field:remove";
        } else if (kind < 18 && at.get(at.size() - 1) instanceof String) {
            raw = choose(random);
            edit = new JsonEdit(at, JsonEdit.Kind.DUPLICATE, raw);
            mutation = "field:duplicate-key";
        } else {
            raw = choose(random);
            edit = new JsonEdit(at.subList(0, 0), JsonEdit.Kind.ADD, raw);
            mutation = "field:extra";
        }
        StringBuilder text = new StringBuilder();
        write(text, json, new ArrayList<>(), edit);
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        String where = mutation + " " + at;
        if (base.json() != null) {
            return build(base, where, "", base.headers(), "application/json", body);
        }
        return multipartCase(base, where, jsonPartReplacedBy(base, body));
    }

    private static String choose(Random random) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return HostilePayloads.oversizedJsonValue();
        }
        if (roll < 10) {
            List<String> malformed = HostilePayloads.MALFORMED_JSON_VALUES;
            return malformed.get(random.nextInt(malformed.size()));
        }
        List<String> values = HostilePayloads.RAW_JSON_VALUES;
        return values.get(random.nextInt(values.size()));
    }

    record JsonEdit(List<Object> at, Kind kind, String raw) {
        enum Kind {
            REPLACE,
            REMOVE,
            DUPLICATE,
            ADD
        }
    }

    private static void collectPaths(JsonNode node, List<Object> at, List<List<Object>> paths) {
        paths.add(List.copyOf(at));
        if (node.isObject()) {
            node.properties().forEach(field -> {
                at.add(field.getKey());
                collectPaths(field.getValue(), at, paths);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collectPaths(node.get(i), at, paths);
                at.remove(at.size() - 1);
            }
        }
    }

    /** Writes the JSON with the edit applied, as raw text, so the edit may break every rule of JSON. */
    private static void write(StringBuilder out, JsonNode node, List<Object> at, JsonEdit edit) {
        if (edit.kind() == JsonEdit.Kind.REPLACE && at.equals(edit.at())) {
            out.append(edit.raw());
            return;
        }
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            if (edit.kind() == JsonEdit.Kind.ADD && at.equals(edit.at())) {
                out.append("\"unexpectedField\":").append(edit.raw());
                first = false;
            }
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node.properties()::iterator) {
                at.add(field.getKey());
                boolean target = at.equals(edit.at());
                if (!(target && edit.kind() == JsonEdit.Kind.REMOVE)) {
                    out.append(first ? "" : ",")
                            .append(HostilePayloads.quote(field.getKey()))
                            .append(':');
                    write(out, field.getValue(), at, edit);
                    first = false;
                    if (target && edit.kind() == JsonEdit.Kind.DUPLICATE) {
                        out.append(',')
                                .append(HostilePayloads.quote(field.getKey()))
                                .append(':')
                                .append(edit.raw());
                    }
                }
                at.remove(at.size() - 1);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                out.append(i == 0 ? "" : ",");
                write(out, node.get(i), at, edit);
                at.remove(at.size() - 1);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    /** The body as a whole: malformed, truncated, too deep, too large, not UTF-8, empty. */
    private static Case wholeBodyCase(Base base, Random random) {
        byte[] valid = validBody(base);
        String text = new String(valid, StandardCharsets.UTF_8);
        List<Map.Entry<String, byte[]>> bodies = List.of(
                Map.entry("empty", new byte[0]),
                Map.entry("truncated", java.util.Arrays.copyOf(valid, Math.max(1, valid.length / 2))),
                Map.entry("null", "null".getBytes(StandardCharsets.UTF_8)),
                Map.entry("array", "[]".getBytes(StandardCharsets.UTF_8)),
                Map.entry("string", "\"text\"".getBytes(StandardCharsets.UTF_8)),
                Map.entry("number", "1e400".getBytes(StandardCharsets.UTF_8)),
                Map.entry("two-documents", (text + text).getBytes(StandardCharsets.UTF_8)),
                Map.entry("trailing-garbage", (text + "}}]]").getBytes(StandardCharsets.UTF_8)),
                Map.entry("comment", ("/* x */" + text).getBytes(StandardCharsets.UTF_8)),
                Map.entry("bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid)),
                Map.entry("utf16", text.getBytes(StandardCharsets.UTF_16LE)),
                Map.entry("invalid-utf8", invalidUtf8(text)),
                Map.entry(
                        "encoded-surrogate",
                        text.replaceFirst("\":\"", "\":\"\uFFFD").getBytes(StandardCharsets.UTF_8)),
                Map.entry("random-bytes", randomBytes(random, 64 + random.nextInt(512))),
                Map.entry("deep-arrays", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)),
                Map.entry(
                        "deep-objects",
                        ("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)).getBytes(StandardCharsets.UTF_8)),
                Map.entry("wide", ("{" + "\"k\":1,".repeat(20_000) + "\"k\":1}").getBytes(StandardCharsets.UTF_8)),
                Map.entry("oversized-whitespace", (" ".repeat(100 * 1024) + text).getBytes(StandardCharsets.UTF_8)),
                Map.entry("huge", huge(random)));
        var chosen = bodies.get(random.nextInt(bodies.size()));
        String mutation = "body:" + chosen.getKey();
        if (!base.parts().isEmpty() && random.nextBoolean()) {
            return multipartCase(base, mutation + " (as the JSON part)", jsonPartReplacedBy(base, chosen.getValue()));
        }
        String type = base.contentType() == null || base.contentType().startsWith("multipart")
                ? "application/json"
                : base.contentType();
        return build(base, mutation, "", base.headers(), type, chosen.getValue());
    }

    /** Most huge bodies are a few MB: enough to pass every limit, cheap enough to send often. */
    private static byte[] huge(Random random) {
        int size = random.nextInt(10) == 0 ? 25 * 1024 * 1024 : 2 * 1024 * 1024;
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[0] = '"';
        bytes[size - 1] = '"';
        return bytes;
    }

    private static byte[] validBody(Base base) {
        if (base.json() != null) {
            return base.json().toString().getBytes(StandardCharsets.UTF_8);
        }
        if (!base.form().isEmpty()) {
            return formBody(base.form()).getBytes(StandardCharsets.UTF_8);
        }
        return base.parts().stream()
                .filter(HostileInputFuzzTest::isJsonPart)
                .findFirst()
                .map(Part::content)
                .orElse("{}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote < 0 || quote + 2 >= bytes.length) {
            return new byte[] {'"', (byte) 0xC3, 0x28, '"'};
        }
        return concat(
                java.util.Arrays.copyOf(bytes, quote + 2),
                concat(
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, (byte) 0xC3, 0x28},
                        java.util.Arrays.copyOfRange(bytes, quote + 2, bytes.length)));
    }

    /** The body declared as something it is not, or a multipart form sent to a JSON operation. */
    private static Case contentTypeCase(Base base, Random random) {
        byte[] body = validBody(base);
        if (random.nextInt(4) == 0 && base.parts().isEmpty()) {
            List<Part> parts = List.of(
                    new Part("file", "cv.pdf", "application/pdf", nl.werkbank.testing.Files.pdf("x")),
                    new Part("body", null, "application/json", body));
            return multipartCase(base, "content-type:multipart-to-json", parts);
        }
        List<String> types = HostilePayloads.CONTENT_TYPES;
        String type = types.get(random.nextInt(types.size()));
        return build(base, "content-type:" + abbreviate(type), "", base.headers(), type, body);
    }

    /** Multipart uploads: hostile file names, wrong or missing parts, declared types that lie. */
    private static Case uploadCase(Base base, Random random) {
        List<Part> parts = new ArrayList<>(base.parts());
        int file = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).fileName() != null && !isJsonPart(parts.get(i))) {
                file = i;
            }
        }
        int roll = random.nextInt(10);
        if (file < 0) {
            file = parts.size();
            parts.add(new Part("file", "cv.pdf", "application/pdf", nl.werkbank.testing.Files.pdf("fuzz")));
        }
        Part original = parts.get(file);
        String mutation;
        switch (roll) {
            case 0, 1, 2, 3 -> {
                String name = HostilePayloads.FILE_NAMES.get(random.nextInt(HostilePayloads.FILE_NAMES.size()));
                parts.set(file, new Part(original.name(), name, original.mimeType(), original.content()));
                mutation = "upload:file-name " + abbreviate(name);
            }
            case 4 -> {
                parts.set(file, new Part(original.name(), original.fileName(), "text/html", original.content()));
                mutation = "upload:declared-html";
            }
            case 5 -> {
                parts.set(
                        file,
                        new Part(
                                original.name(),
                                original.fileName(),
                                original.mimeType(),
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
                mutation = "upload:not-a-pdf";
            }
            case 6 -> {
                parts.set(file, new Part(original.name(), original.fileName(), original.mimeType(), new byte[0]));
                mutation = "upload:empty-file";
            }
            case 7 -> {
                parts.remove(file);
                mutation = "upload:no-file";
            }
            case 8 -> {
                parts.add(parts.get(file));
                mutation = "upload:two-files";
            }
            default -> {
                parts.removeIf(HostileInputFuzzTest::isJsonPart);
                mutation = "upload:no-json-part";
            }
        }
        return multipartCase(base, mutation, parts);
    }

    private static List<Part> jsonPartReplacedBy(Base base, byte[] body) {
        return base.parts().stream()
                .map(p -> isJsonPart(p) ? new Part(p.name(), p.fileName(), p.mimeType(), body) : p)
                .toList();
    }

    private static Case multipartCase(Base base, String mutation, List<Part> parts) {
        String boundary = "fuzz-boundary-7d3f";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
            head.append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.mimeType() != null) {
                head.append("Content-Type: ").append(part.mimeType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return build(
                base, mutation, "", base.headers(), "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** An id in the path replaced by something that is not that id. */
    private static Case pathCase(Base base, Random random) {
        List<String> values = new ArrayList<>(base.pathValues());
        String value = values.get(random.nextInt(values.size()));
        String segment = HostilePayloads.PATH_SEGMENTS.get(random.nextInt(HostilePayloads.PATH_SEGMENTS.size()));
        String path = concretePath(base).replace(value, segment);
        return build(base, "path:" + abbreviate(segment), path, base.headers(), base.contentType(), null);
    }

    /** A query parameter the operation reads, or one it does not, with a hostile value. */
    private static Case queryCase(Base base, Random random) {
        List<String> names = new ArrayList<>(base.queryParameters());
        names.add("unexpected");
        names.add("id");
        String name = names.get(random.nextInt(names.size()));
        String value = HostilePayloads.QUERY_VALUES.get(random.nextInt(HostilePayloads.QUERY_VALUES.size()));
        int roll = random.nextInt(12);
        String query = roll == 0 ? name + "=1&" + name + "=" + value : roll == 1 ? name + "=%G1%" : name + "=" + value;
        String path = concretePath(base) + "?" + query;
        return build(base, "query:" + abbreviate(query), path, base.headers(), base.contentType(), null);
    }

    /** A header: credentials that are not valid, hostile values of the headers the API reads, too many or too large. */
    private static Case headerCase(Base base, Random random) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(base.headers());
        int roll = random.nextInt(12);
        String mutation;
        if (roll < 3) {
            String token = nl.werkbank.testing.Tokens.person("kc-fuzz", "Fuzz", null, null, Role.PROFESSIONAL);
            List<String> values = HostilePayloads.authorizations(token);
            String value = values.get(random.nextInt(values.size()));
            headers.removeIf(h -> h.getKey().equals("Authorization"));
            headers.add(Map.entry("Authorization", value));
            mutation = "header:Authorization " + abbreviate(value);
        } else if (roll < 9) {
            List<String> names = List.of(
                    "Accept-Language",
                    "Accept",
                    "If-None-Match",
                    "Idempotency-Key",
                    "Werkbank-Manage-Token",
                    "Werkbank-Request-Token",
                    "X-Forwarded-For",
                    "Origin");
            String name = names.get(random.nextInt(names.size()));
            String value = HostilePayloads.HEADER_VALUES.get(random.nextInt(HostilePayloads.HEADER_VALUES.size()));
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
            headers.add(Map.entry(name, value));
            mutation = "header:" + name + " " + abbreviate(value);
        } else if (roll == 9) {
            for (int i = 0; i < 150; i++) {
                headers.add(Map.entry("X-Padding-" + i, "p"));
            }
            mutation = "header:too-many";
        } else if (roll == 10) {
            headers.add(Map.entry("X-Padding", "p".repeat(20 * 1024)));
            mutation = "header:one-too-large";
        } else {
            for (int i = 0; i < 12; i++) {
                headers.add(Map.entry("X-Padding-" + i, "p".repeat(3 * 1024)));
            }
            mutation = "header:all-too-large";
        }
        byte[] body = base.contentType() == null ? null : validBodyOf(base);
        return build(base, mutation, "", headers, base.contentType(), body);
    }

    private static byte[] validBodyOf(Base base) {
        if (!base.parts().isEmpty()) {
            return null;
        }
        return validBody(base);
    }

    /** The request: an empty target means the base's own path, a null body the base's own body. */
    private static Case build(
            Base base,
            String mutation,
            String target,
            List<Map.Entry<String, String>> headers,
            String contentType,
            byte[] body) {
        String path = target.isEmpty() ? concretePath(base) : target;
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        byte[] content = body;
        String type = contentType;
        if (content == null && base.contentType() != null) {
            if (!base.parts().isEmpty()) {
                Case valid = multipartCase(base, mutation, base.parts());
                content = valid.request().body();
                type = valid.request().headers().stream()
                        .filter(h -> h.getKey().equals("Content-Type"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
                all.removeIf(h -> h.getKey().equals("Content-Type"));
            } else {
                content = validBody(base);
            }
        }
        if (type != null
                && !type.isEmpty()
                && all.stream().noneMatch(h -> h.getKey().equals("Content-Type"))) {
            all.add(Map.entry("Content-Type", type));
        }
        return new Case(
                base.operationId(),
                base.caller(),
                mutation,
                new Request(base.method(), path, all, content == null ? new byte[0] : content));
    }

    private static String concretePath(Base base) {
        return base.target();
    }

    private static String formBody(Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(HostilePayloads.encode(k) + "=" + HostilePayloads.encode(v)));
        return String.join("&", pairs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    // --- the report ---------------------------------------------------------------------------

    private static void report(
            long seed,
            int cases,
            long seconds,
            Map<String, Integer> perOperation,
            Map<String, Integer> perMutation,
            Map<Integer, Integer> perStatus,
            List<Failure> failures) {
        StringBuilder out = new StringBuilder();
        out.append("[fuzz] seed ")
                .append(seed)
                .append(": ")
                .append(cases)
                .append(" cases in ")
                .append(seconds)
                .append(" s, ")
                .append(failures.size())
                .append(" failures\n");
        out.append("[fuzz] answers by status ").append(perStatus).append('\n');
        out.append("[fuzz] cases by kind of change ").append(perMutation).append('\n');
        out.append("[fuzz] cases by operation (").append(perOperation.size()).append(" operations)\n");
        perOperation.forEach((op, n) ->
                out.append("[fuzz]   ").append(op).append(' ').append(n).append('\n'));
        Map<String, List<Failure>> grouped = new TreeMap<>();
        failures.forEach(f -> grouped.computeIfAbsent(
                        f.operationId() + " | " + f.mutation().split(" ")[0] + " | "
                                + f.what().split(" ")[0],
                        k -> new ArrayList<>())
                .add(f));
        grouped.forEach((key, list) -> {
            Failure first = list.get(0);
            out.append("[fuzz] FAILURE x")
                    .append(list.size())
                    .append(' ')
                    .append(key)
                    .append('\n')
                    .append("[fuzz]     as ")
                    .append(first.caller())
                    .append(", ")
                    .append(abbreviate(first.mutation()))
                    .append('\n')
                    .append("[fuzz]     ")
                    .append(first.what())
                    .append('\n')
                    .append("[fuzz]     ")
                    .append(first.request())
                    .append('\n');
        });
        System.out.println(out);
    }

    private static String describe(Request request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        return request.method() + " " + abbreviate(request.target()) + " body " + abbreviate(body);
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
