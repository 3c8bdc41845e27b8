package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16: the public list's orders with their own keyset paging, the result count and provinces. */
@QuarkusTest
class PublicListOrderTest {

    private String tag;

    @BeforeEach
    void setUp() {
        tag = "order" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Five assignments: rates 80, 120, none, 120 (as a minimum only), 95; starts in 30, 5, 60, none, 5 days. */
    private void publishFive() {
        publish("Tachtig", "3511", 8000, 8000, 30);
        publish("Honderdtwintig", "1012", 9000, 12000, 5);
        publish("Geen tarief", "ABROAD", null, null, 60);
        publish("Vanaf honderdtwintig", "9711", 12000, null, null);
        publish("Vijfennegentig", "5611", 7000, 9500, 5);
    }

    private void publish(String title, String region, Integer min, Integer max, Integer startInDays) {
        Map<String, Object> a = AssignmentFixtures.assignment(title);
        a.put("skills", List.of(tag));
        a.put("region", region);
        a.put("remote", "ABROAD".equals(region) ? "REMOTE" : "HYBRID");
        a.put("rateMinCents", min);
        a.put("rateMaxCents", max);
        a.put(
                "startDate",
                startInDays == null
                        ? null
                        : LocalDate.now().plusDays(startInDays).toString());
        AssignmentFixtures.publishedAnonymously(
                a, AssignmentFixtures.poster("Orde", AssignmentFixtures.uniqueEmail("orde")));
    }

    @Test
    void eachOrderPagesThroughAllResultsInItsOwnOrder() {
        publishFive();

        assertThat(allPages("NEWEST"))
                .containsExactly("Vijfennegentig", "Vanaf honderdtwintig", "Geen tarief", "Honderdtwintig", "Tachtig");
        assertThat(allPages("RATE").subList(0, 2)).containsExactlyInAnyOrder("Honderdtwintig", "Vanaf honderdtwintig");
        assertThat(allPages("RATE").subList(2, 5)).containsExactly("Vijfennegentig", "Tachtig", "Geen tarief");
        assertThat(allPages("START_DATE").subList(0, 2)).containsExactlyInAnyOrder("Honderdtwintig", "Vijfennegentig");
        assertThat(allPages("START_DATE").subList(2, 5))
                .containsExactly("Tachtig", "Geen tarief", "Vanaf honderdtwintig");
        assertThat(allPages(null)).isEqualTo(allPages("NEWEST"));
    }

    @Test
    void theCountIsOfAllMatchesNotOfThePage() {
        publishFive();
        given().queryParam("skill", tag)
                .queryParam("limit", 2)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("total", equalTo(5));
        given().queryParam("skill", tag)
                .queryParam("remote", "REMOTE")
                .get("/api/v1/assignments")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aCursorContinuesOnlyTheOrderItCameFrom() {
        publishFive();
        String newest = firstCursor("NEWEST");
        String rate = firstCursor("RATE");
        String start = firstCursor("START_DATE");
        for (String[] mismatch : List.of(
                new String[] {"RATE", newest},
                new String[] {"NEWEST", rate},
                new String[] {"RATE", start},
                new String[] {"START_DATE", rate})) {
            given().queryParam("skill", tag)
                    .queryParam("sort", mismatch[0])
                    .queryParam("cursor", mismatch[1])
                    .get("/api/v1/assignments")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("sort", "CHEAPEST")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void theProvinceComesFromThePostcodeAreaAndFilters() {
        publishFive();
        assertThat(titles(Map.of("skill", tag, "province", "UTRECHT"))).containsExactly("Tachtig");
        assertThat(titles(Map.of("skill", tag, "province", "NOORD_BRABANT"))).containsExactly("Vijfennegentig");
        assertThat(titles(Map.of("skill", tag, "province", "ZEELAND"))).isEmpty();

        JsonPath list = given().queryParam("skill", tag)
                .get("/api/v1/assignments")
                .then()
                .extract()
                .jsonPath();
        Map<String, Object> provinceByTitle = new HashMap<>();
        List<Map<String, Object>> items = list.getList("items");
        items.forEach(item -> provinceByTitle.put((String) item.get("title"), item.get("province")));
        assertThat(provinceByTitle)
                .containsEntry("Tachtig", "UTRECHT")
                .containsEntry("Honderdtwintig", "NOORD_HOLLAND")
                .containsEntry("Vanaf honderdtwintig", "GRONINGEN")
                .containsEntry("Geen tarief", null);

        String id = given().queryParam("skill", tag)
                .queryParam("province", "GRONINGEN")
                .get("/api/v1/assignments")
                .then()
                .extract()
                .path("items[0].id");
        given().get("/api/v1/assignments/" + id).then().statusCode(200).body("province", equalTo("GRONINGEN"));
        given().queryParam("province", "BRABANT")
                .get("/api/v1/assignments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("province"));
        String abroad = given().queryParam("skill", tag)
                .queryParam("region", "ABROAD")
                .get("/api/v1/assignments")
                .then()
                .extract()
                .path("items[0].id");
        given().get("/api/v1/assignments/" + abroad).then().body("province", nullValue());
    }

    private List<String> allPages(String sort) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("skill", tag).queryParam("limit", 2);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/assignments")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            titles.addAll(page.getList("items.title"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return titles;
    }

    private String firstCursor(String sort) {
        return given().queryParam("skill", tag)
                .queryParam("sort", sort)
                .queryParam("limit", 2)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
    }

    private List<String> titles(Map<String, ?> query) {
        return given().queryParams(query)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.title");
    }
}
