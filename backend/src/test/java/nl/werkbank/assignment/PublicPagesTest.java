package nl.werkbank.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.PublishingClient;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** F-1, F-3: crawlers get the page and its JobPosting in the HTML the server sends, and a sitemap. */
@QuarkusTest
class PublicPagesTest {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void thePageCarriesTheJobPostingOfTheApiAsJsonLd() throws Exception {
        PublishingClient poster = new PublishingClient("Pagina " + UUID.randomUUID(), true);
        Map<String, Object> assignment = AssignmentFixtures.assignment("Tester </script><script>alert(1)</script>");
        assignment.put("description", "Eerste alinea & meer.\n\nTweede <b>alinea</b>.");
        String id = poster.publishNew(assignment);

        Response page = given().get("/jobs/" + id);
        page.then().statusCode(200).contentType("text/html");
        String html = page.asString();
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html)
                .contains("<h1>Tester &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("<p>Eerste alinea &amp; meer.</p>")
                .contains("<p>Tweede &lt;b&gt;alinea&lt;/b&gt;.</p>")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080/jobs/" + id + "\">")
                .doesNotContain("<script>alert");
        Matcher jsonLd = JSON_LD.matcher(html);
        assertThat(jsonLd.find()).isTrue();
        assertThat(jsonLd.group(1)).doesNotContain("<").doesNotContain(">");
        Map<?, ?> embedded = new ObjectMapper().readValue(jsonLd.group(1), Map.class);
        Map<?, ?> api = new ObjectMapper()
                .readValue(
                        given().get("/api/v1/assignments/" + id)
                                .then()
                                .extract()
                                .asString(),
                        Map.class);
        assertThat(embedded).isEqualTo(api.get("jobPosting"));
        assertThat(embedded.get("url")).isEqualTo("http://localhost:8080/jobs/" + id);
    }

    @Test
    void closedPagesAreGoneAndUnknownOnesNotFound() {
        PublishingClient poster = new PublishingClient("Dicht " + UUID.randomUUID(), true);
        String id = poster.publishNew(AssignmentFixtures.assignment("Gesloten pagina"));
        poster.close(id);
        given().get("/jobs/" + id).then().statusCode(410);
        given().get("/jobs/" + UUID.randomUUID()).then().statusCode(404);
        String draft = poster.draft(AssignmentFixtures.assignment("Concept"));
        given().get("/jobs/" + draft).then().statusCode(404);
    }

    @Test
    void theSitemapListsThePublishedPagesAndRobotsPointToIt() throws Exception {
        PublishingClient poster = new PublishingClient("Kaart " + UUID.randomUUID(), true);
        String published = poster.publishNew(AssignmentFixtures.assignment("In de sitemap"));
        String closed = poster.publishNew(AssignmentFixtures.assignment("Niet meer in de sitemap"));
        poster.close(closed);

        byte[] sitemap = given().get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType("application/xml")
                .extract()
                .asByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(sitemap));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locations = xml.getElementsByTagNameNS("*", "loc");
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls)
                .contains("http://localhost:8080/jobs/" + published)
                .doesNotContain("http://localhost:8080/jobs/" + closed);
        assertThat(xml.getElementsByTagNameNS("*", "lastmod").getLength()).isEqualTo(urls.size());

        assertThat(given().get("/robots.txt").then().statusCode(200).extract().asString())
                .contains("Sitemap: http://localhost:8080/sitemap.xml")
                .contains("Disallow: /api/");
    }
}
