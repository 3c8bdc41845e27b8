package nl.werkbank.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import org.junit.jupiter.api.Test;

/** O-1, O-2: registration with a KvK number, verification by an admin, one organisation per client. */
@QuarkusTest
class OrganisationTest {

    @Test
    void aClientRegistersTheirOrganisationAndSeesIt() {
        Actor client = Actors.client("Kees Klant");
        String kvk = Actors.randomKvk();
        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "  Klant & Co BV ", "kvkNumber", kvk))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .body("name", equalTo("Klant & Co BV"))
                .body("verified", equalTo(false));
        client.spec()
                .get("/api/v1/me/organisation")
                .then()
                .statusCode(200)
                .body("kvkNumber", equalTo(kvk))
                .body("verifiedAt", nullValue());
    }

    @Test
    void kvkNumbersAreEightDigits() {
        Actor client = Actors.client("Kees Klant");
        for (String wrong : List.of("1234567", "123456789", "1234567a", "")) {
            client.spec()
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "BV", "kvkNumber", wrong))
                    .post("/api/v1/organisations")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("kvkNumber"));
        }
        client.spec().get("/api/v1/me/organisation").then().statusCode(404);
    }

    @Test
    void aKvkNumberIsRegisteredOnce() {
        String kvk = Actors.randomKvk();
        Actors.client("Eerste")
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Een BV", "kvkNumber", kvk))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201);
        Actor second = Actors.client("Tweede");
        second.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Twee BV", "kvkNumber", kvk))
                .post("/api/v1/organisations")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("kvkNumber"));
        second.spec().get("/api/v1/me/organisation").then().statusCode(404);
    }

    @Test
    void anAdminVerifiesAndUnverifies() {
        Actor client = Actors.client("Vera");
        String id = Actors.organisation(client, "Vera BV", false);
        Actor admin = Actors.admin();

        admin.spec()
                .post("/api/v1/organisations/" + id + "/verification")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true))
                .body("verifiedAt", notNullValue());
        client.spec().get("/api/v1/me/organisation").then().body("verified", equalTo(true));

        admin.spec()
                .delete("/api/v1/organisations/" + id + "/verification")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false));
        client.spec().get("/api/v1/me/organisation").then().body("verified", equalTo(false));

        admin.spec()
                .post("/api/v1/organisations/" + java.util.UUID.randomUUID() + "/verification")
                .then()
                .statusCode(404);
    }

    @Test
    void theAdminListIsPagedOldestFirst() {
        for (int i = 0; i < 3; i++) {
            Actors.organisation(Actors.client("Lijst " + i), "Lijst " + i + " BV", false);
        }
        Actor admin = Actors.admin();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = admin.spec().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/organisations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 500);
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
    }
}
