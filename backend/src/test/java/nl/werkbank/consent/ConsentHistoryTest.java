package nl.werkbank.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Subscribers;
import org.junit.jupiter.api.Test;

/** C-1, C-2, C-3, C-5: purposes with their basis, the append-only history and the state derived from it. */
@QuarkusTest
class ConsentHistoryTest {

    @Test
    void everyPurposeIsListedWithItsBasisInTheCallersLanguage() {
        JsonPath consents = Actors.professional("Bea Basis")
                .spec()
                .header("Accept-Language", "en")
                .get("/api/v1/me/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(consents.getList("purposes.purpose", String.class))
                .containsExactly(
                        "service-messages",
                        "job-alerts",
                        "newsletter",
                        "profile-sharing",
                        "profiling",
                        "special-category-data",
                        "success-story");
        assertThat(consents.getString("purposes[0].legalBasis")).isEqualTo("CONTRACT");
        assertThat(consents.getBoolean("purposes[0].refusable")).isFalse();
        assertThat(consents.getBoolean("purposes[0].active")).isTrue();
        assertThat(consents.getString("purposes[1].name")).isEqualTo("Job alerts");
        assertThat(consents.getString("purposes[1].legalBasis")).isEqualTo("CONSENT");
        assertThat(consents.getBoolean("purposes[1].directMarketing")).isTrue();
        assertThat(consents.getString("purposes[1].state")).isNull();
        assertThat(consents.getBoolean("purposes[1].active")).isFalse();
        assertThat(consents.getList("history.items")).isEmpty();
    }

    @Test
    void theDutchTextsOfEveryPurposeSayJeNeverU() {
        JsonPath consents = Actors.professional("Jet Je")
                .spec()
                .header("Accept-Language", "nl")
                .get("/api/v1/me/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<String> texts = new ArrayList<>(consents.getList("purposes.name", String.class));
        texts.addAll(consents.getList("purposes.explanation", String.class));
        assertThat(texts)
                .hasSize(14)
                .allSatisfy(text -> assertThat(text)
                        .as("issue 16 glossary: the je tone")
                        .doesNotContainPattern("(?iU)\\b(u|uw)\\b"));
        assertThat(consents.getString("purposes[0].name")).isEqualTo("Berichten over je gebruik van Werkbank");
    }

    @Test
    void grantWithdrawGrantGivesThreeEventsAndTheRightState() {
        Actor professional = Actors.professional("Gijs Geeft");
        Subscribers.decide(professional, "profiling", "GRANT");
        Subscribers.decide(professional, "profiling", "WITHDRAW");
        assertThat(stateOf(professional, "profiling"))
                .containsEntry("state", "WITHDRAWN")
                .containsEntry("active", false);
        Subscribers.decide(professional, "profiling", "GRANT");

        JsonPath consents = consentsOf(professional);
        assertThat(consents.getList("history.items.decision", String.class))
                .containsExactly("GRANTED", "WITHDRAWN", "GRANTED");
        assertThat(consents.getList("history.items.purpose", String.class)).containsOnly("profiling");
        assertThat(consents.getList("history.items.channel", String.class)).containsOnly("PREFERENCES");
        assertThat(consents.getList("history.items.noticeVersion", Integer.class))
                .containsOnly(consents.getInt("currentNoticeVersion"));
        assertThat(stateOf(professional, "profiling"))
                .containsEntry("state", "GRANTED")
                .containsEntry("active", true);
    }

    @Test
    void theHistoryIsPaginatedNewestFirst() {
        Actor professional = Actors.professional("Paula Pagina");
        Subscribers.decide(professional, "success-story", "GRANT");
        Subscribers.decide(professional, "success-story", "WITHDRAW");
        Subscribers.decide(professional, "profile-sharing", "GRANT");

        JsonPath first = professional
                .spec()
                .queryParam("limit", 2)
                .get("/api/v1/me/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("history.items.purpose", String.class))
                .containsExactly("profile-sharing", "success-story");
        JsonPath second = professional
                .spec()
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("history.nextCursor"))
                .get("/api/v1/me/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getList("history.items.decision", String.class)).containsExactly("GRANTED");
        assertThat(second.getString("history.nextCursor")).isNull();
    }

    @Test
    void aPurposeThatRestsOnTheContractCannotBeGrantedOrRefused() {
        Actor professional = Actors.professional("Cor Contract");
        for (String decision : List.of("GRANT", "WITHDRAW", "OBJECT")) {
            decideExpecting(professional, "service-messages", decision, 409);
        }
        assertThat(consentsOf(professional).getList("history.items")).isEmpty();
    }

    @Test
    void anObjectionToDirectMarketingStopsIt() {
        Actor professional = Subscribers.verifiedProfessional("Otto Object", AssignmentFixtures.uniqueEmail("otto"));
        Subscribers.decide(professional, "newsletter", "GRANT");
        Subscribers.decide(professional, "newsletter", "OBJECT");

        assertThat(stateOf(professional, "newsletter"))
                .containsEntry("state", "OBJECTED")
                .containsEntry("active", false);
    }

    @Test
    void anObjectionToAConsentThatIsNotMarketingAsksForAWithdrawal() {
        Actor professional = Actors.professional("Wim Withdraw");
        Subscribers.decide(professional, "profiling", "GRANT");

        decideExpecting(professional, "profiling", "OBJECT", 409);
        assertThat(stateOf(professional, "profiling")).containsEntry("state", "GRANTED");
    }

    /** C-1: an account holder confirms a mail purpose by granting with an address the provider verified. */
    @Test
    void mailForAPurposeNeedsAVerifiedAddress() {
        Actor unverified = Actors.professional("Ulla Unverified");
        decideExpecting(unverified, "job-alerts", "GRANT", 409);
        decideExpecting(unverified, "newsletter", "GRANT", 409);
        assertThat(consentsOf(unverified).getList("history.items")).isEmpty();

        Actor verified = Subscribers.verifiedProfessional("Vera Verified", AssignmentFixtures.uniqueEmail("vera"));
        Subscribers.decide(verified, "job-alerts", "GRANT");
        assertThat(stateOf(verified, "job-alerts")).containsEntry("active", true);
    }

    @Test
    void anUnknownPurposeIsAFieldError() {
        Actor professional = Actors.professional("Frits Fout");
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "tracking", "decision", "GRANT"))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("purpose"))
                .body("errors[0].code", equalTo("unknown-reference"));
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "profiling", "decision", "MAYBE"))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("decision"));
    }

    @Test
    void theFormADecisionCameFromIsRecorded() {
        Actor professional = Actors.professional("Fleur Formulier");
        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "success-story", "decision", "GRANT", "form", "NOTICE_CONFIRMATION"))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(201)
                .body("channel", equalTo("NOTICE_CONFIRMATION"))
                .body("decision", equalTo("GRANTED"));
    }

    @Test
    void aMachineClientHasNoConsents() {
        Actors.jobBoard("consent-board")
                .spec()
                .get("/api/v1/me/consents")
                .then()
                .statusCode(403);
    }

    static JsonPath consentsOf(Actor person) {
        return person.spec()
                .get("/api/v1/me/consents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> stateOf(Actor person, String purpose) {
        return consentsOf(person).getMap("purposes.find { it.purpose == '" + purpose + "' }");
    }

    private static void decideExpecting(Actor person, String purpose, String decision, int status) {
        person.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", purpose, "decision", decision))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
    }
}
