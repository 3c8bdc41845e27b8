package nl.werkbank.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.werkbank.testing.LongLists;
import nl.werkbank.testing.SqlStatements;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a list endpoint runs the same number of SQL statements whatever the page size; no
 * statement per item (N+1). Each endpoint is asked for pages of 1, 20 and 100 full items.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPerRequestTest {

    private static final List<Integer> PAGE_SIZES = List.of(1, 20, 100);

    @Inject
    DataSource dataSource;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    private LongLists lists;

    /** Made by the first test that runs: RestAssured knows the server's port only inside a test. */
    private LongLists lists() {
        if (lists == null) {
            lists = LongLists.create(dataSource, 110);
        }
        return lists;
    }

    /** A list endpoint: the request for a page of the given size. */
    private Map<String, Function<Integer, RequestSpecification>> endpoints() {
        String tag = lists.tag();
        Map<String, Function<Integer, RequestSpecification>> endpoints = new LinkedHashMap<>();
        endpoints.put("public search, text", n -> given().queryParam("q", tag).queryParam("limit", n));
        endpoints.put(
                "public search, skill", n -> given().queryParam("skill", tag).queryParam("limit", n));
        endpoints.put(
                "public search, by rate",
                n -> given().queryParam("skill", tag).queryParam("sort", "RATE").queryParam("limit", n));
        endpoints.put(
                "public search, by start date",
                n -> given().queryParam("skill", tag)
                        .queryParam("sort", "START_DATE")
                        .queryParam("limit", n));
        endpoints.put(
                "feed",
                n -> lists.jobBoard()
                        .spec()
                        .queryParam("cursor", lists.feedCursor())
                        .queryParam("limit", n));
        endpoints.put(
                "client profile search",
                n -> lists.client().spec().queryParam("skill", tag).queryParam("limit", n));
        endpoints.put("my responses", n -> lists.professional().spec().queryParam("limit", n));
        endpoints.put("poster's responses", n -> lists.client().spec().queryParam("limit", n));
        endpoints.put(
                "my organisation's assignments", n -> lists.client().spec().queryParam("limit", n));
        return endpoints;
    }

    private String pathOf(String endpoint) {
        return switch (endpoint) {
            case "feed" -> "/api/v1/feed/assignments";
            case "client profile search" -> "/api/v1/profiles";
            case "my responses" -> "/api/v1/me/responses";
            case "poster's responses" -> "/api/v1/managed-assignments/" + lists.assignmentId() + "/responses";
            case "my organisation's assignments" -> "/api/v1/managed-assignments";
            default -> "/api/v1/assignments";
        };
    }

    Stream<Arguments> endpointNames() {
        return Stream.of(
                        "public search, text",
                        "public search, skill",
                        "public search, by rate",
                        "public search, by start date",
                        "feed",
                        "client profile search",
                        "my responses",
                        "poster's responses",
                        "my organisation's assignments")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointNames")
    void theNumberOfStatementsDoesNotGrowWithThePageSize(String endpoint) {
        lists();
        Function<Integer, RequestSpecification> request = endpoints().get(endpoint);
        // the first request of a kind may load what later ones find cached (e.g. the caller's subject)
        request.apply(1).when().get(pathOf(endpoint)).then().statusCode(200);
        Map<Integer, List<String>> perPageSize = new LinkedHashMap<>();
        for (int size : PAGE_SIZES) {
            @SuppressWarnings("unchecked")
            ExtractableResponse<io.restassured.response.Response>[] response = new ExtractableResponse[1];
            List<String> sql = statements.during(() -> response[0] = request.apply(size)
                    .when()
                    .get(pathOf(endpoint))
                    .then()
                    .statusCode(200)
                    .extract());
            assertThat(response[0].jsonPath().getList("items"))
                    .as("a full page of %d", size)
                    .hasSize(size);
            perPageSize.put(size, sql);
        }
        assertThat(perPageSize.get(100))
                .as("%s: statements for a page of 100 (1: %s)", endpoint, perPageSize.get(1))
                .hasSameSizeAs(perPageSize.get(1));
        assertThat(perPageSize.get(20)).hasSameSizeAs(perPageSize.get(1));
    }
}
