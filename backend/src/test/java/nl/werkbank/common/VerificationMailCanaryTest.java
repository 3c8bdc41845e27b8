package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S-4 (issue 15): Werkbank is no phishing relay. Whoever submits without an account can make us
 * mail any address once (the confirmation), but that mail carries none of the words they typed:
 * every field of each public submission holds a canary, and the confirmation mail holds none.
 */
@QuarkusTest
class VerificationMailCanaryTest {

    @Inject
    MockMailbox mailbox;

    private String canary;

    @BeforeEach
    void clean() {
        Mailbox.sendAll();
        mailbox.clear();
        canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theConfirmationOfAnAnonymousPostingEchoesNothingThePosterTyped() {
        String email = AssignmentFixtures.uniqueEmail("phish");
        Map<String, Object> assignment = new LinkedHashMap<>(AssignmentFixtures.assignment(canary + " klik hier"));
        assignment.put("description", canary + " log in op https://evil.example");
        assignment.put("skills", List.of(canary));
        Map<String, Object> poster = Map.of(
                "name",
                canary + " Bank",
                "organisation",
                canary + " Security",
                "email",
                email,
                "phone",
                "+31 30 123 4567");
        assertThat(AssignmentFixtures.postAnonymously(assignment, poster)).isEqualTo(202);

        assertConfirmationWithoutCanary(email);
    }

    @Test
    void theConfirmationOfAVisitorsResponseEchoesNothingTheVisitorTyped() {
        String assignmentId = AssignmentFixtures.publishedAnonymously().id();
        String email = AssignmentFixtures.uniqueEmail("phish");
        Map<String, Object> body = ResponseFixtures.visitorResponse(assignmentId, email);
        body.put("motivation", canary + " uw rekening is geblokkeerd, ga naar https://evil.example");
        body.put("respondent", Map.of("name", canary + " Helpdesk", "email", email, "phone", "+31 6 3333 4444"));
        ResponseFixtures.asResponse(given(), body)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);

        assertConfirmationWithoutCanary(email);
    }

    @Test
    void theConfirmationOfAPrivacyRequestEchoesNothingTheRequesterTyped() {
        String email = AssignmentFixtures.uniqueEmail("phish");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "type", "OBJECTION", "details", canary + " bel ons op 0900"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(202);

        assertConfirmationWithoutCanary(email);
    }

    @Test
    void theConfirmationOfAJobAlertEchoesNothingTheVisitorTyped() {
        String email = AssignmentFixtures.uniqueEmail("phish");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of("text", canary, "skills", List.of(canary))))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);

        assertConfirmationWithoutCanary(email);
    }

    private void assertConfirmationWithoutCanary(String email) {
        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails).as("one confirmation mail").hasSize(1);
        Mail mail = mails.get(0);
        assertThat(Mailbox.tokenIn(mail)).as("it carries the confirmation link").isPresent();
        assertThat(mail.getSubject()).doesNotContainIgnoringCase(canary);
        assertThat(String.valueOf(mail.getText())).doesNotContainIgnoringCase(canary);
        assertThat(String.valueOf(mail.getHtml())).doesNotContainIgnoringCase(canary);
        mail.getHeaders()
                .forEach((name, values) ->
                        assertThat(values.toString()).as("header %s", name).doesNotContainIgnoringCase(canary));
    }
}
