package nl.werkbank.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** P-4: filters, visibility, restriction, shapes and keyset pagination of the client search. */
@QuarkusTest
class ProfileSearchTest {

    @Inject
    ProfileDataHandler profileData;

    @Inject
    EntityManager entityManager;

    private String tag;
    private Actor verifiedClient;

    @BeforeEach
    void setUp() {
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        verifiedClient = Actors.clientOf("Sander Search", "Search BV", true).actor();
    }

    private String profile(String name, String visibility, Map<String, Object> overrides) {
        Map<String, Object> body = Actors.profileBody(name, visibility);
        body.put("skills", List.of(tag, "java"));
        body.putAll(overrides);
        return Actors.saveProfile(Actors.professional(name), body);
    }

    private List<String> ids(Map<String, ?> query) {
        return verifiedClient
                .spec()
                .queryParams(query)
                .get("/api/v1/profiles")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void filtersNarrowTheResults() {
        String utrechtJava = profile(
                "Anna",
                "MEMBERS",
                Map.of("region", "3511", "hoursPerWeek", 40, "rateMinCents", 8000, "availableFrom", "2026-12-01"));
        String amsterdamKotlin = profile(
                "Bert",
                "ANONYMOUS",
                Map.of(
                        "region",
                        "1012",
                        "hoursPerWeek",
                        16,
                        "rateMinCents",
                        12000,
                        "rateMaxCents",
                        15000,
                        "availableFrom",
                        "2027-06-01",
                        "skills",
                        List.of(tag, "kotlin")));
        String abroad = profile("Carla", "MEMBERS", Map.of("region", "ABROAD", "hoursPerWeek", 24));

        assertThat(ids(Map.of("skill", tag))).containsExactlyInAnyOrder(utrechtJava, amsterdamKotlin, abroad);
        assertThat(ids(Map.of("skill", List.of(tag, "kotlin"), "match", "all"))).containsExactly(amsterdamKotlin);
        assertThat(ids(Map.of("skill", List.of(tag, "kotlin"), "match", "any")))
                .contains(amsterdamKotlin, utrechtJava, abroad);
        assertThat(ids(Map.of("skill", tag, "region", "35"))).containsExactly(utrechtJava);
        assertThat(ids(Map.of("skill", tag, "region", "1012"))).containsExactly(amsterdamKotlin);
        assertThat(ids(Map.of("skill", tag, "region", "ABROAD"))).containsExactly(abroad);
        assertThat(ids(Map.of("skill", tag, "minHoursPerWeek", 24))).containsExactlyInAnyOrder(utrechtJava, abroad);
        assertThat(ids(Map.of("skill", tag, "maxRateCents", 10000))).containsExactlyInAnyOrder(utrechtJava, abroad);
        assertThat(ids(Map.of("skill", tag, "availableFrom", "2027-01-01")))
                .containsExactlyInAnyOrder(utrechtJava, abroad);
    }

    @Test
    void whoSeesOnlyPublicShapesCanNotNarrowTheRegionBelowTwoDigits() {
        String exact = profile("Hanna", "ANONYMOUS", Map.of("region", "3511"));
        String nearby = profile("Ivo", "ANONYMOUS", Map.of("region", "3599"));
        Actor unverified = Actors.client("Ulrike");
        Actors.organisation(unverified, "Nog niet geverifieerd BV", false);

        List<String> asUnverified = unverified
                .spec()
                .queryParam("skill", tag)
                .queryParam("region", "3511")
                .get("/api/v1/profiles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(asUnverified).containsExactlyInAnyOrder(exact, nearby);
        assertThat(ids(Map.of("skill", tag, "region", "3511"))).containsExactly(exact);
    }

    @Test
    void hiddenAndRestrictedProfilesAreNotFound() {
        String shown = profile("Dirk", "MEMBERS", Map.of());
        profile("Eva", "HIDDEN", Map.of());
        String restricted = profile("Fleur", "MEMBERS", Map.of());
        UUID restrictedSubject = subjectOfProfile(restricted);

        QuarkusTransaction.requiringNew().run(() -> profileData.restrict(restrictedSubject));
        assertThat(ids(Map.of("skill", tag))).containsExactly(shown);
        verifiedClient.spec().get("/api/v1/profiles/" + restricted).then().statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> profileData.lift(restrictedSubject));
        assertThat(ids(Map.of("skill", tag))).containsExactlyInAnyOrder(shown, restricted);
    }

    @Test
    void eachHitHasTheShapeTheViewerMaySee() {
        profile("Gijs", "MEMBERS", Map.of());
        Actor unverified = Actors.client("Ursula");
        Actors.organisation(unverified, "Nog niet BV", false);

        JsonPath asVerified = verifiedClient
                .spec()
                .queryParam("skill", tag)
                .get("/api/v1/profiles")
                .then()
                .extract()
                .jsonPath();
        assertThat(asVerified.getString("items[0].shape")).isEqualTo("member");
        assertThat(asVerified.getString("items[0].displayName")).isEqualTo("Gijs");
        assertThat(asVerified.getBoolean("items[0].contactAvailable")).isTrue();

        JsonPath asUnverified = unverified
                .spec()
                .queryParam("skill", tag)
                .get("/api/v1/profiles")
                .then()
                .extract()
                .jsonPath();
        assertThat(asUnverified.getString("items[0].shape")).isEqualTo("public");
        assertThat(asUnverified.getMap("items[0]")).doesNotContainKeys("displayName", "contactAvailable", "region");
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(profile("Page " + i, "ANONYMOUS", Map.of()));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = verifiedClient.spec().queryParam("skill", tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/profiles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    @Test
    void badParametersNameTheParameter() {
        verifiedClient
                .spec()
                .queryParam("region", "abc")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"));
        verifiedClient
                .spec()
                .queryParam("limit", 0)
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        verifiedClient
                .spec()
                .queryParam("limit", 101)
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        verifiedClient
                .spec()
                .queryParam("cursor", "bm9wZQ")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        verifiedClient
                .spec()
                .queryParam("match", "some")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("match"));
        verifiedClient
                .spec()
                .queryParam("availableFrom", "2027-02-30")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("availableFrom"));
        verifiedClient
                .spec()
                .queryParam("minHoursPerWeek", 99)
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minHoursPerWeek"));
    }

    private UUID subjectOfProfile(String profileId) {
        return (UUID) entityManager
                .createNativeQuery("SELECT subject_id FROM profile WHERE id = :id")
                .setParameter("id", UUID.fromString(profileId))
                .getSingleResult();
    }
}
