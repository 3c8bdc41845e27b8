package nl.werkbank.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Professional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D-8: each release of contact details or a CV is recorded, and the professional can see it. */
@QuarkusTest
class DisclosureTest {

    private Actor professional;
    private String profileId;
    private Actor recruiter;

    @BeforeEach
    void setUp() {
        Professional disclosed = Actors.professionalWithProfile("Petra Disclosed", "MEMBERS", true);
        professional = disclosed.actor();
        profileId = disclosed.profileId();
        recruiter = Actors.clientOf("Rik Recruiter", "Rik Interim BV", true).actor();
    }

    @Test
    void contactReleaseIsListedWithRecipientCategoriesAndPurpose() {
        recruiter
                .spec()
                .post("/api/v1/profiles/" + profileId + "/contact")
                .then()
                .statusCode(200);

        professional
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recipient.kind", equalTo("organisation"))
                .body("items[0].recipient.name", equalTo("Rik Interim BV"))
                .body("items[0].recipientPerson", equalTo("Rik Recruiter"))
                .body("items[0].categories", contains("contact-details", "name"))
                .body("items[0].purpose", equalTo("recruitment"))
                .body("items[0].disclosedAt", notNullValue());
    }

    @Test
    void cvDownloadIsADisclosureToo() {
        byte[] cv = recruiter
                .spec()
                .get("/api/v1/profiles/" + profileId + "/cv")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .extract()
                .asByteArray();
        assertThat(new String(cv)).startsWith("%PDF-");

        professional
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .body("items[0].categories", contains("contact-details", "cv", "name"));
    }

    @Test
    void aRefusedReleaseIsNotADisclosure() {
        Actor pending = Actors.clientOf("Pim Pending", "Pending BV", false).actor();
        pending.spec()
                .post("/api/v1/profiles/" + profileId + "/contact")
                .then()
                .statusCode(403)
                .body("detail", equalTo("Your organisation is not verified yet."));
        pending.spec().get("/api/v1/profiles/" + profileId + "/cv").then().statusCode(403);

        professional.spec().get("/api/v1/me/disclosures").then().body("items", hasSize(0));
    }

    @Test
    void theListIsNewestFirstAndPaged() {
        for (int i = 0; i < 3; i++) {
            recruiter
                    .spec()
                    .post("/api/v1/profiles/" + profileId + "/contact")
                    .then()
                    .statusCode(200);
        }
        recruiter.spec().get("/api/v1/profiles/" + profileId + "/cv").then().statusCode(200);

        JsonPath first = professional
                .spec()
                .queryParam("limit", 3)
                .get("/api/v1/me/disclosures")
                .then()
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(3);
        assertThat(first.getList("items[0].categories")).contains("cv");
        JsonPath second = professional
                .spec()
                .queryParam("limit", 3)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/me/disclosures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(second.getList("items.id")).doesNotContainAnyElementsOf(first.getList("items.id"));
    }
}
