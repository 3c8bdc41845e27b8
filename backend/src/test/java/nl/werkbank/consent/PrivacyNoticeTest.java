package nl.werkbank.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Subscribers;
import org.junit.jupiter.api.Test;

/**
 * C-3: the privacy officer publishes notices; a material change flags consents given under an
 * older version for confirmation, and (decided) they stand until the person answers.
 */
@QuarkusTest
class PrivacyNoticeTest {

    @Test
    void consentsGivenUnderAnOlderNoticeAreFlaggedAfterAMaterialChangeAndStandUntilConfirmed() {
        Actor professional = Actors.professional("Nina Notice");
        Subscribers.decide(professional, "profiling", "GRANT");
        int before = current();
        assertThat(ConsentHistoryTest.stateOf(professional, "profiling"))
                .containsEntry("needsConfirmation", false)
                .containsEntry("noticeVersion", before);

        int material = publish(true);
        assertThat(material).isGreaterThan(before);
        assertThat(current()).isEqualTo(material);
        assertThat(ConsentHistoryTest.stateOf(professional, "profiling"))
                .as("the consent stands, and is flagged")
                .containsEntry("state", "GRANTED")
                .containsEntry("active", true)
                .containsEntry("needsConfirmation", true);
        assertThat(ConsentHistoryTest.consentsOf(professional).getBoolean("confirmationNeeded"))
                .isTrue();

        professional
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "profiling", "decision", "GRANT", "form", "NOTICE_CONFIRMATION"))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(201)
                .body("noticeVersion", equalTo(material));
        assertThat(ConsentHistoryTest.stateOf(professional, "profiling"))
                .containsEntry("needsConfirmation", false)
                .containsEntry("noticeVersion", material);
        assertThat(ConsentHistoryTest.consentsOf(professional).getBoolean("confirmationNeeded"))
                .isFalse();
    }

    @Test
    void aChangeThatIsNotMaterialAsksNothing() {
        Actor professional = Actors.professional("Nico Nietmaterieel");
        Subscribers.decide(professional, "success-story", "GRANT");

        publish(false);

        assertThat(ConsentHistoryTest.stateOf(professional, "success-story")).containsEntry("needsConfirmation", false);
    }

    @Test
    void withdrawnConsentsAreNotAskedAgain() {
        Actor professional = Actors.professional("Willem Weg");
        Subscribers.decide(professional, "success-story", "GRANT");
        Subscribers.decide(professional, "success-story", "WITHDRAW");

        publish(true);

        assertThat(ConsentHistoryTest.stateOf(professional, "success-story")).containsEntry("needsConfirmation", false);
    }

    @Test
    void theCurrentNoticeIsPublicInBothLanguages() {
        int version = publish(false);
        given().get("/api/v1/privacy-notices/current")
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("textNl", equalTo("Wij verwerken uw gegevens voor de doelen in uw voorkeuren."))
                .body("textEn", equalTo("We process your data for the purposes in your preferences."))
                .body("material", equalTo(false));
    }

    @Test
    void aNoticeThatTakesEffectLaterWaitsAndOneInThePastIsRefused() {
        int current = current();
        Map<String, Object> later = body(true);
        later.put("effectiveAt", Instant.now().plusSeconds(86_400).toString());
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(later)
                .post("/api/v1/admin/privacy-notices")
                .then()
                .statusCode(201);
        assertThat(current()).isEqualTo(current);

        Map<String, Object> past = body(false);
        past.put("effectiveAt", Instant.now().minusSeconds(86_400).toString());
        Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(past)
                .post("/api/v1/admin/privacy-notices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("effectiveAt"));
    }

    @Test
    void onlyThePrivacyOfficerPublishes() {
        Actors.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(body(true))
                .post("/api/v1/admin/privacy-notices")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body(true))
                .post("/api/v1/admin/privacy-notices")
                .then()
                .statusCode(401);
    }

    private static int current() {
        return given().get("/api/v1/privacy-notices/current")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }

    private static int publish(boolean material) {
        return Actors.privacyOfficer()
                .spec()
                .contentType(ContentType.JSON)
                .body(body(material))
                .post("/api/v1/admin/privacy-notices")
                .then()
                .statusCode(201)
                .body("material", equalTo(material))
                .extract()
                .path("version");
    }

    private static Map<String, Object> body(boolean material) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("textNl", "Wij verwerken uw gegevens voor de doelen in uw voorkeuren.");
        notice.put("textEn", "We process your data for the purposes in your preferences.");
        notice.put("material", material);
        return notice;
    }
}
