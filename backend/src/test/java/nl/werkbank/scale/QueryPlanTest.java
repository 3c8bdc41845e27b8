package nl.werkbank.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.LongLists;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: no statement the listed endpoints run reads a large table by a sequential scan. The
 * statements are the ones the endpoints really prepare (captured by {@link SqlStatements} while
 * each is called with every filter, order and a second page), explained against a generated data
 * set of national shape at a smaller scale: 50,000 assignments (one in ten published, most
 * closed), 20,000 professionals with profiles, 200,000 responses. The data lives in one
 * transaction that is rolled back, so no other test sees it.
 *
 * <p>The plans are generic ({@code plan_cache_mode = force_generic_plan}): the plan PostgreSQL
 * caches for a prepared statement once the driver prepares it on the server, valid for any
 * parameter value, so a filter or a page of any size is covered, not one chosen value.
 */
@QuarkusTest
class QueryPlanTest {

    /** Generated at scale; a sequential scan of one of these is a finding. */
    private static final Set<String> LARGE_TABLES = Set.of(
            "assignment",
            "assignment_procedure_update",
            "response",
            "profile",
            "cv_file",
            "subject",
            "account",
            "organisation",
            "organisation_member",
            "feed_entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    @Test
    void noEndpointStatementScansALargeTable() throws Exception {
        Map<String, Set<String>> captured = capture(LongLists.create(dataSource, 3));
        Map<String, String> findings = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                generate(sql);
                sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                for (Map.Entry<String, Set<String>> endpoint : captured.entrySet()) {
                    report.append("## ").append(endpoint.getKey()).append("\n\n");
                    for (String statement : endpoint.getValue()) {
                        JsonNode plan = explain(sql, statement);
                        List<String> scans = new ArrayList<>();
                        sequentialScans(plan, scans);
                        report.append(statement)
                                .append("\n  seq scans of large tables: ")
                                .append(scans)
                                .append("\n  plan: ")
                                .append(summary(plan))
                                .append("\n\n");
                        if (!scans.isEmpty()) {
                            findings.put(endpoint.getKey() + ": " + statement, scans.toString());
                        }
                        missingFilterIndexes(statement, plan)
                                .ifPresent(missing -> findings.put(endpoint.getKey() + ": " + statement, missing));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        Path out = Path.of("target", "query-plans.md");
        Files.writeString(out, report.toString());
        assertThat(captured)
                .allSatisfy((endpoint, sql) ->
                        assertThat(sql).as("statements of %s", endpoint).isNotEmpty());
        assertThat(findings)
                .as("sequential scans of large tables (plans in %s)", out)
                .isEmpty();
    }

    // --- the statements, as the endpoints run them ------------------------------------------

    private Map<String, Set<String>> capture(LongLists lists) {
        String tag = lists.tag();
        Map<String, Supplier<RequestSpecification>> publicSearches = new LinkedHashMap<>();
        publicSearches.put("no filter", () -> given());
        publicSearches.put("text", () -> given().queryParam("q", tag));
        publicSearches.put("two words", () -> given().queryParam("q", "projectleider " + tag));
        publicSearches.put("skill", () -> given().queryParam("skill", tag));
        publicSearches.put("region", () -> given().queryParam("region", "35"));
        publicSearches.put("province", () -> given().queryParam("province", "UTRECHT"));
        publicSearches.put("remote", () -> given().queryParam("remote", "HYBRID"));
        publicSearches.put("minimum rate", () -> given().queryParam("minRateCents", 9000));
        publicSearches.put(
                "start before",
                () -> given().queryParam(
                                "startBefore", LocalDate.now().plusYears(1).toString()));
        publicSearches.put(
                "every filter",
                () -> given().queryParam("q", tag)
                        .queryParam("skill", tag)
                        .queryParam("region", "3511")
                        .queryParam("province", "UTRECHT")
                        .queryParam("remote", "HYBRID")
                        .queryParam("minRateCents", 9000)
                        .queryParam("startBefore", LocalDate.now().plusYears(1).toString()));

        Map<String, Set<String>> captured = new LinkedHashMap<>();
        for (String sort : List.of("NEWEST", "RATE", "START_DATE")) {
            publicSearches.forEach((name, request) -> captured.put(
                    "public search, " + name + ", " + sort,
                    firstAndNextPage(() -> request.get().queryParam("sort", sort), "/api/v1/assignments")));
        }
        captured.put(
                "assignment detail",
                during(() -> given().get("/api/v1/assignments/" + lists.assignmentId())
                        .then()
                        .statusCode(200)));
        captured.put(
                "feed, first and next page",
                firstAndNextPage(() -> lists.jobBoard().spec(), "/api/v1/feed/assignments"));
        captured.put(
                "client profile search, no filter",
                firstAndNextPage(() -> lists.client().spec(), "/api/v1/profiles"));
        captured.put(
                "client profile search, every filter, any skill",
                firstAndNextPage(
                        () -> lists.client()
                                .spec()
                                .queryParam("skill", tag)
                                .queryParam("skill", "prince2")
                                .queryParam("region", "3511")
                                .queryParam("availableFrom", "2027-06-01")
                                .queryParam("minHoursPerWeek", 24)
                                .queryParam("maxRateCents", 12000),
                        "/api/v1/profiles"));
        captured.put(
                "client profile search, all skills",
                firstAndNextPage(
                        () -> lists.client()
                                .spec()
                                .queryParam("skill", tag)
                                .queryParam("skill", "prince2")
                                .queryParam("match", "all"),
                        "/api/v1/profiles"));
        captured.put("my responses", firstAndNextPage(() -> lists.professional().spec(), "/api/v1/me/responses"));
        captured.put(
                "my responses to one assignment",
                during(() -> lists.professional()
                        .spec()
                        .queryParam("assignmentId", lists.assignmentId())
                        .get("/api/v1/me/responses")
                        .then()
                        .statusCode(200)));
        captured.put(
                "poster's responses",
                firstAndNextPage(
                        () -> lists.client().spec(),
                        "/api/v1/managed-assignments/" + lists.assignmentId() + "/responses"));
        captured.put(
                "my organisation's assignments",
                firstAndNextPage(() -> lists.client().spec(), "/api/v1/managed-assignments"));
        Actors.Actor respondent =
                Actors.professionalWithProfile("Rens Respons", "MEMBERS", false).actor();
        captured.put(
                "posting a response", during(() -> ResponseFixtures.respond(respondent, lists.assignmentId(), false)));
        return captured;
    }

    /** The statements of a page of one and of the page after it (keyset conditions included). */
    private Set<String> firstAndNextPage(Supplier<RequestSpecification> request, String path) {
        Set<String> sql = new LinkedHashSet<>();
        String[] next = new String[1];
        sql.addAll(statements.during(() -> next[0] = request.get()
                .queryParam("limit", 1)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor")));
        assertThat(next[0]).as("a second page of %s", path).isNotNull();
        sql.addAll(statements.during(() -> request.get()
                .queryParam("limit", 1)
                .queryParam("cursor", next[0])
                .get(path)
                .then()
                .statusCode(200)));
        return sql;
    }

    private Set<String> during(Runnable request) {
        return new LinkedHashSet<>(statements.during(request));
    }

    // --- the plans ------------------------------------------------------------------------------

    private static JsonNode explain(Statement sql, String statement) throws SQLException, IOException {
        int parameters = countParameters(statement);
        sql.execute("PREPARE planned AS " + numbered(statement));
        try (ResultSet plan = sql.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE planned"
                + (parameters == 0 ? "" : "(" + String.join(", ", Collections.nCopies(parameters, "NULL")) + ")"))) {
            plan.next();
            return JSON.readTree(plan.getString(1)).get(0).get("Plan");
        } finally {
            sql.execute("DEALLOCATE planned");
        }
    }

    /** JDBC's {@code ?} placeholders as PostgreSQL's {@code $n}, leaving string literals alone. */
    private static String numbered(String statement) {
        StringBuilder out = new StringBuilder();
        boolean inLiteral = false;
        int n = 0;
        for (char c : statement.toCharArray()) {
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (c == '?' && !inLiteral) {
                out.append('$').append(++n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int countParameters(String statement) {
        return (int) numbered(statement).chars().filter(c -> c == '$').count();
    }

    private static void sequentialScans(JsonNode node, List<String> found) {
        if ("Seq Scan".equals(node.path("Node Type").asText())
                && LARGE_TABLES.contains(node.path("Relation Name").asText())) {
            found.add(node.path("Relation Name").asText());
        }
        node.path("Plans").forEach(child -> sequentialScans(child, found));
    }

    /** The plan's nodes, depth first: type and relation or index. */
    private static String summary(JsonNode node) {
        StringBuilder out = new StringBuilder(node.path("Node Type").asText());
        if (node.has("Index Name")) {
            out.append(" using ").append(node.path("Index Name").asText());
        } else if (node.has("Relation Name")) {
            out.append(" on ").append(node.path("Relation Name").asText());
        }
        List<String> children = new ArrayList<>();
        node.path("Plans").forEach(child -> children.add(summary(child)));
        return children.isEmpty() ? out.toString() : out + " [" + String.join(", ", children) + "]";
    }

    /**
     * The result count has no LIMIT: it reads every match. Its selective filters (text, skills,
     * area, rate, start) must each be one an index serves, so some index of them is in its plan.
     */
    private static Optional<String> missingFilterIndexes(String statement, JsonNode plan) {
        if (!statement.startsWith("SELECT count(*) FROM assignment")) {
            return Optional.empty();
        }
        Set<String> served = new LinkedHashSet<>();
        FILTER_INDEXES.forEach((condition, index) -> {
            if (statement.contains(condition)) {
                served.add(index);
            }
        });
        Set<String> used = new LinkedHashSet<>();
        indexesOf(plan, used);
        if (served.isEmpty() || served.stream().anyMatch(used::contains)) {
            return Optional.empty();
        }
        return Optional.of("none of " + served + " in " + summary(plan));
    }

    private static final Map<String, String> FILTER_INDEXES = Map.of(
            "assignment_search_text(", "assignment_public_text_idx",
            "a.skills &&", "assignment_public_skills_idx",
            "substr(a.region, 1, 2)", "assignment_public_area_idx",
            "a.rate_max_cents >=", "assignment_public_rate_max_idx",
            "a.start_date <=", "assignment_public_start_date_idx");

    private static void indexesOf(JsonNode node, Set<String> found) {
        if (node.has("Index Name")) {
            found.add(node.path("Index Name").asText());
        }
        node.path("Plans").forEach(child -> indexesOf(child, found));
    }

    // --- the data -------------------------------------------------------------------------------

    /**
     * National shape at a smaller scale, set-based. Triggers and foreign-key checks are off for
     * the transaction ({@code session_replication_role}): the feed's entries are written here
     * directly, as its triggers would.
     */
    private static void generate(Statement sql) throws SQLException {
        sql.execute("SET LOCAL session_replication_role = replica");
        String skills = "ARRAY['java', 'javascript', 'python', 'projectmanagement', 'prince2', 'scrum', 'sap',"
                + " 'devops', 'kubernetes', 'data-analyse', 'zaaksysteem', 'inkoop', 'juridisch', 'hr', 'financien',"
                + " 'beleid', 'communicatie', 'testen', 'architectuur', 'security']";
        sql.execute("INSERT INTO organisation (id, name, kvk_number, verified_at, created_at)"
                + " SELECT md5('plan-org' || g)::uuid, 'Organisatie ' || g, lpad((31000000 + g)::text, 8, '0'),"
                + " CASE WHEN g % 4 <> 0 THEN now() END, now() - g * interval '1 hour'"
                + " FROM generate_series(1, 2000) g ON CONFLICT DO NOTHING");
        sql.execute("INSERT INTO subject (id, kind, language, created_at, last_meaningful_contact_at)"
                + " SELECT md5('plan-s' || g)::uuid, 'ACCOUNT', 'nl', now(), now() - (g % 700) * interval '1 day'"
                + " FROM generate_series(1, 20000) g");
        sql.execute("INSERT INTO account (subject_id, oidc_subject, display_name, email, created_at, updated_at)"
                + " SELECT md5('plan-s' || g)::uuid, 'plan-' || g, 'Persoon ' || g, 'persoon' || g || '@example.nl',"
                + " now(), now() FROM generate_series(1, 20000) g");
        sql.execute("INSERT INTO organisation_member (subject_id, organisation_id, joined_at)"
                + " SELECT md5('plan-s' || g)::uuid, md5('plan-org' || g)::uuid, now()"
                + " FROM generate_series(1, 2000) g");
        sql.execute("INSERT INTO profile (id, subject_id, visibility, display_name, headline, skills, region,"
                + " available_from, hours_per_week, rate_min_cents, rate_max_cents, created_at, updated_at)"
                + " SELECT md5('plan-p' || g)::uuid, md5('plan-s' || g)::uuid,"
                + " (ARRAY['HIDDEN', 'ANONYMOUS', 'MEMBERS', 'MEMBERS', 'ANONYMOUS'])[1 + g % 5], 'Persoon ' || g,"
                + " 'Interim professional', ARRAY[(" + skills + ")[1 + g % 20], (" + skills + ")[1 + (g / 20) % 20]],"
                + " (1000 + g % 9000)::text, current_date + (g % 365), 8 + g % 33, 5000 + g % 10000,"
                + " 9000 + g % 10000, now(), now() - g * interval '1 minute'"
                + " FROM generate_series(2001, 20000) g");
        sql.execute("INSERT INTO cv_file (subject_id, file_name, content_type, size_bytes, content, uploaded_at)"
                + " SELECT md5('plan-s' || g)::uuid, 'cv.pdf', 'application/pdf', 4, '\\x25504446'::bytea, now()"
                + " FROM generate_series(2001, 20000) g WHERE g % 3 = 0");
        // one in ten published, a few in draft or review, most closed or archived
        sql.execute("INSERT INTO assignment (id, status, poster_subject_id, organisation_id, title, description,"
                + " region, remote, start_date, duration_weeks, hours_per_week, rate_min_cents, rate_max_cents,"
                + " skills, valid_through, name_organisation, published_at, closed_at, created_at, updated_at)"
                + " SELECT md5('plan-a' || g)::uuid,"
                + " CASE WHEN g % 10 = 0 THEN 'PUBLISHED' WHEN g % 50 = 1 THEN 'DRAFT'"
                + " WHEN g % 50 = 3 THEN 'PENDING_REVIEW' WHEN g % 3 = 0 THEN 'ARCHIVED' ELSE 'CLOSED' END,"
                + " md5('plan-s' || (1 + g % 2000))::uuid, md5('plan-org' || (1 + g % 2000))::uuid,"
                + " 'Interim ' || (" + skills + ")[1 + g % 20] || ' specialist ' || g,"
                + " 'Voor de gemeente zoeken wij een ervaren ' || (" + skills + ")[1 + g % 20]"
                + " || ' professional met kennis van ' || (" + skills + ")[1 + (g / 20) % 20]"
                + " || '. De opdracht omvat advies, uitvoering en overdracht aan de eigen organisatie. ' || md5(g::text),"
                + " (1000 + g % 9000)::text, (ARRAY['ONSITE', 'HYBRID', 'REMOTE'])[1 + g % 3],"
                + " CASE WHEN g % 7 <> 0 THEN current_date + (g % 200) END, 4 + g % 48, 8 + g % 33,"
                + " CASE WHEN g % 5 <> 0 THEN 6000 + g % 6000 END, CASE WHEN g % 5 <> 0 THEN 9000 + g % 9000 END,"
                + " ARRAY[(" + skills + ")[1 + g % 20], (" + skills + ")[1 + (g / 20) % 20]],"
                + " current_date + 60, g % 2 = 0,"
                + " CASE WHEN g % 50 NOT IN (1, 3) THEN now() - g * interval '10 minutes' END,"
                + " CASE WHEN g % 10 <> 0 AND g % 50 NOT IN (1, 3) THEN now() - g * interval '5 minutes' END,"
                + " now() - g * interval '11 minutes', now()"
                + " FROM generate_series(1, 50000) g");
        sql.execute("INSERT INTO assignment_procedure_update (id, assignment_id, status, message, created_at)"
                + " SELECT gen_random_uuid(), md5('plan-a' || g)::uuid, 'SELECTING', 'Gesprekken gepland.', now()"
                + " FROM generate_series(1, 50000) g WHERE g % 5 = 0");
        sql.execute("INSERT INTO feed_entry (assignment_id, status, changed_at)"
                + " SELECT a.id, CASE WHEN a.status = 'PUBLISHED' THEN 'PUBLISHED' ELSE 'REMOVED' END,"
                + " coalesce(a.closed_at, a.published_at)"
                + " FROM generate_series(1, 50000) g JOIN assignment a ON a.id = md5('plan-a' || g)::uuid"
                + " WHERE a.published_at IS NOT NULL");
        sql.execute("INSERT INTO response (id, assignment_id, respondent_subject_id, status, respondent_name,"
                + " respondent_email, motivation, forwarded_at, created_at, updated_at)"
                + " SELECT gen_random_uuid(), md5('plan-a' || (10 * (1 + g % 5000)))::uuid,"
                + " md5('plan-s' || (2001 + g % 18000))::uuid,"
                + " (ARRAY['RECEIVED', 'IN_REVIEW', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN', 'RECEIVED'])[1 + g % 6],"
                + " 'Persoon ' || g, 'respondent' || g || '@example.nl',"
                + " 'Ik heb dit werk eerder gedaan en ben direct beschikbaar.', now(), now() - g * interval '1 minute',"
                + " now() FROM generate_series(1, 200000) g");
        sql.execute("ANALYZE organisation, subject, account, organisation_member, profile, cv_file, assignment,"
                + " assignment_procedure_update, feed_entry, response");
    }
}
