package nl.werkbank.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Files;
import org.junit.jupiter.api.Test;

/**
 * P-2: a profile whose every field carries a unique marker. Each shape, search result and list
 * is scanned for the markers its audience must never see.
 */
@QuarkusTest
class ProfileCanaryTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Canaryname" + tag;
    private final String client = "Canaryclient" + tag;
    private final String institution = "Canaryinstitute" + tag;
    private final String summary = "Canarysummary" + tag;
    private final String tasks = "Canarytasks" + tag;
    private final String email = "canary." + tag + "@example.nl";
    private final String phone = "+31 6 " + Math.abs(tag.hashCode() % 100_000_000);
    private final String callTimes = "Canarycall" + tag;
    private final String skill = "canaryskill" + tag;
    private final String headline = "Canaryheadline" + tag;

    @Inject
    EntityManager entityManager;

    private Map<String, Object> canaryProfile(String visibility) {
        Map<String, Object> body = Actors.profileBody(name, visibility);
        body.put("headline", headline);
        body.put("summary", summary);
        body.put("skills", List.of(skill));
        body.put("region", "1234");
        body.put(
                "experience",
                List.of(Map.of("role", "Architect", "clientName", client, "startMonth", "2020-01", "tasks", tasks)));
        body.put("education", List.of(Map.of("institution", institution, "qualification", "Ingenieur", "year", 1999)));
        body.put("contact", Map.of("email", email, "phone", phone, "callTimes", callTimes));
        return body;
    }

    private List<String> identifying(Actor professional) {
        String subjectId = entityManager
                .createNativeQuery("SELECT CAST(subject_id AS varchar) FROM account WHERE oidc_subject = :s")
                .setParameter("s", professional.oidcSubject())
                .getSingleResult()
                .toString();
        return List.of(
                name,
                client,
                institution,
                summary,
                tasks,
                email,
                phone,
                callTimes,
                "\"1234\"",
                subjectId,
                professional.oidcSubject());
    }

    private List<String> contactDetails() {
        return List.of(email, phone, callTimes);
    }

    @Test
    void anonymousProfileShowsNothingIdentifyingToAnyone() {
        Actor professional = Actors.professional(name);
        String id = Actors.saveProfile(professional, canaryProfile("ANONYMOUS"));
        professional
                .spec()
                .multiPart("file", "Canaryname.pdf", Files.pdf("x"), "application/pdf")
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(200);
        Actor verified = Actors.client("Vera Verified");
        Actors.organisation(verified, "Canary Verified BV", true);
        Actor unverified = Actors.client("Ulla Unverified");
        Actors.organisation(unverified, "Canary Unverified BV", false);

        List<String> forbidden = identifying(professional);
        List<String> seen = List.of(
                given().get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                verified.spec()
                        .get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                unverified
                        .spec()
                        .get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                verified.spec()
                        .queryParam("skill", skill)
                        .get("/api/v1/profiles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                unverified
                        .spec()
                        .queryParam("skill", skill)
                        .get("/api/v1/profiles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                professional
                        .spec()
                        .get("/api/v1/me/profile/preview")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        for (String body : seen) {
            assertThat(body).contains(headline).contains(skill).contains("12xx");
            assertThat(forbidden).allSatisfy(marker -> assertThat(body).doesNotContain(marker));
        }
        verified.spec().post("/api/v1/profiles/" + id + "/contact").then().statusCode(403);
        verified.spec().get("/api/v1/profiles/" + id + "/cv").then().statusCode(403);
    }

    @Test
    void membersProfileShowsTheNameOnlyToVerifiedOrganisationsAndContactDetailsOnlyOnRequest() {
        Actor professional = Actors.professional(name);
        String id = Actors.saveProfile(professional, canaryProfile("MEMBERS"));
        Actor verified = Actors.client("Vera Verified");
        Actors.organisation(verified, "Canary Members BV", true);
        Actor unverified = Actors.client("Ulla Unverified");
        Actors.organisation(unverified, "Canary Pending BV", false);
        List<String> forbiddenForPublic = identifying(professional);

        for (String body : List.of(
                given().get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                unverified
                        .spec()
                        .get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                unverified
                        .spec()
                        .queryParam("skill", skill)
                        .get("/api/v1/profiles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())) {
            assertThat(body).contains(headline);
            assertThat(forbiddenForPublic).allSatisfy(marker -> assertThat(body).doesNotContain(marker));
        }

        for (String body : List.of(
                verified.spec()
                        .get("/api/v1/profiles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                verified.spec()
                        .queryParam("skill", skill)
                        .get("/api/v1/profiles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())) {
            assertThat(body).contains(name).contains(client);
            assertThat(contactDetails()).allSatisfy(marker -> assertThat(body).doesNotContain(marker));
            assertThat(body).doesNotContain(professional.oidcSubject());
        }

        String contact = verified.spec()
                .post("/api/v1/profiles/" + id + "/contact")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(contact).contains(email).contains(phone).contains(callTimes);
    }

    @Test
    void freeTextReachesThePublicOnlyWhenTheOwnerSaysSo() {
        Actor professional = Actors.professional(name);
        Map<String, Object> body = canaryProfile("ANONYMOUS");
        body.put("freeTextPublic", true);
        String id = Actors.saveProfile(professional, body);

        String seen = given().get("/api/v1/profiles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(seen)
                .contains(summary)
                .contains(tasks)
                .doesNotContain(name)
                .doesNotContain(client)
                .doesNotContain(email);
    }
}
