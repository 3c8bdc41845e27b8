package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what the public text search finds now that a trigram index serves it. Every word
 * counts, in any order, anywhere in the title, description or skills, also inside a longer
 * word (Dutch compounds, "java" in "Javascript"), whatever the case.
 */
@QuarkusTest
class PublicTextSearchTest {

    private String tag;
    private Actors.Client client;

    @BeforeEach
    void setUp() {
        tag = "tekst" + UUID.randomUUID().toString().substring(0, 8);
        client = Actors.clientOf("Tom Tekst", "Tekst " + tag, true);
    }

    private void publish(String title, String description, List<String> skills) {
        Map<String, Object> a = AssignmentFixtures.assignment(title);
        a.put("description", description);
        a.put("skills", skills.isEmpty() ? List.of(tag) : List.of(tag, skills.get(0)));
        // by a client: anonymous postings count against the test machine's address (S-4)
        AssignmentFixtures.publishedOf(client.actor(), a);
    }

    private void publishThree() {
        publish("Javascript-ontwikkelaar", "Bouw mee aan onze website, op kantoor in Utrecht.", List.of());
        publish("Softwareontwikkelaar Java", "Backend voor een gemeente in Amersfoort.", List.of());
        publish("Adviseur inkoop", "Aanbestedingen begeleiden; 100% remote mogelijk.", List.of("kubernetes"));
    }

    @Test
    void aWordIsFoundInsideLongerWords() {
        publishThree();

        assertThat(titles("java")).containsExactlyInAnyOrder("Javascript-ontwikkelaar", "Softwareontwikkelaar Java");
        assertThat(titles("ontwikkelaar"))
                .as("the tail of a Dutch compound")
                .containsExactlyInAnyOrder("Javascript-ontwikkelaar", "Softwareontwikkelaar Java");
        assertThat(titles("JAVASCRIPT")).containsExactly("Javascript-ontwikkelaar");
    }

    @Test
    void everyWordMustOccurInAnyOrder() {
        publishThree();

        assertThat(titles("utrecht java")).containsExactly("Javascript-ontwikkelaar");
        assertThat(titles("  gemeente   java ")).containsExactly("Softwareontwikkelaar Java");
        assertThat(titles("java inkoop")).isEmpty();
    }

    @Test
    void skillsAndDescriptionsAreSearchedToo() {
        publishThree();

        assertThat(titles("kubernetes")).containsExactly("Adviseur inkoop");
        assertThat(titles("aanbesteding")).containsExactly("Adviseur inkoop");
    }

    @Test
    void likeWildcardsAreOrdinaryCharacters() {
        publishThree();

        assertThat(titles("100%")).containsExactly("Adviseur inkoop");
        assertThat(titles("%")).containsExactly("Adviseur inkoop");
        assertThat(titles("_")).isEmpty();
        assertThat(titles("100_")).isEmpty();
    }

    @Test
    void theCountAboveTheListCountsTheSameMatches() {
        publishThree();

        assertThat(given().queryParam("skill", tag)
                        .queryParam("q", "ontwikkelaar")
                        .get("/api/v1/assignments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("total"))
                .isEqualTo(2);
    }

    private List<String> titles(String q) {
        return given().queryParam("skill", tag)
                .queryParam("q", q)
                .get("/api/v1/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.title");
    }
}
