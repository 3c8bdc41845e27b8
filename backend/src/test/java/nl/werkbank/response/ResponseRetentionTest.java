package nl.werkbank.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.Subscribers;
import org.junit.jupiter.api.Test;

/**
 * R-4, T-1: when the procedure closes, respondents are asked whether their response may be kept a
 * year (signed one-click link), the poster is asked to destroy copies of responses "for this
 * assignment only"; the three response sweeps erase at 0 days, 4 weeks and 1 year after the close.
 */
@QuarkusTest
class ResponseRetentionTest {

    private static final Pattern KEEP_LINK = Pattern.compile("/keep-response#k=([A-Za-z0-9_.-]+)");

    @Inject
    MockMailbox mailbox;

    /** A closed anonymous assignment with a professional's response "for this assignment only" and a visitor's. */
    record Closed(
            AssignmentFixtures.Anonymous assignment,
            String professionalEmail,
            UUID onlyThisAssignment,
            String visitorEmail,
            UUID visitorResponse) {}

    private Closed closedWithTwoResponses() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AssignmentFixtures.Anonymous posted = AssignmentFixtures.publishedAnonymously(
                AssignmentFixtures.assignment("Sluiting " + tag),
                AssignmentFixtures.poster("Paula Poster", AssignmentFixtures.uniqueEmail("poster")));

        String professionalEmail = AssignmentFixtures.uniqueEmail("only");
        Actor professional = Subscribers.verifiedProfessional("Olga Alleen", professionalEmail);
        Map<String, Object> profile = Actors.profileBody("Olga Alleen", "MEMBERS");
        profile.put("contact", Map.of("email", professionalEmail, "phone", "+31 6 1111 2222"));
        Actors.saveProfile(professional, profile);
        Map<String, Object> response = ResponseFixtures.validResponse(posted.id());
        response.put("thisAssignmentOnly", true);
        ResponseFixtures.asResponse(professional.spec(), response)
                .post("/api/v1/assignments/" + posted.id() + "/responses")
                .then()
                .statusCode(202);

        String visitorEmail = AssignmentFixtures.uniqueEmail("visitor");
        ResponseFixtures.asResponse(given(), ResponseFixtures.visitorResponse(posted.id(), visitorEmail))
                .post("/api/v1/assignments/" + posted.id() + "/responses")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", Mailbox.latestTokenSentTo(visitorEmail)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);

        posted.spec()
                .post("/api/v1/managed-assignments/" + posted.id() + "/close")
                .then()
                .statusCode(200);
        Mailbox.sendAll();
        return new Closed(
                posted, professionalEmail, responseOf(professionalEmail), visitorEmail, responseOf(visitorEmail));
    }

    @Test
    void closingAsksTheRespondentToKeepTheResponseAndThePosterToDestroyCopiesForThisAssignmentOnly() {
        Closed closed = closedWithTwoResponses();

        Mail toVisitor = newest(closed.visitorEmail());
        assertThat(toVisitor.getSubject()).contains("is afgesloten");
        assertThat(toVisitor.getText())
                .contains("een jaar bewaren")
                .contains("na 4 weken")
                .containsPattern(KEEP_LINK);

        Mail toProfessional = newest(closed.professionalEmail());
        assertThat(toProfessional.getText())
                .contains("Wij verwijderen haar daarom nu")
                .doesNotContain("keep-response");

        Mail toPoster = newest(closed.assignment().posterEmail());
        assertThat(toPoster.getSubject()).startsWith("Vernietig je kopieën");
        assertThat(toPoster.getText())
                .contains("1 kandidaat vroeg")
                .doesNotContain("Olga")
                .doesNotContain(closed.professionalEmail());
    }

    @Test
    void theKeepLinkChangesNothingOnGetKeepsOnPostAndRefusesATamperedLink() {
        Closed closed = closedWithTwoResponses();
        String token = keepToken(closed.visitorEmail());

        given().get("/api/v1/response-keep/" + token)
                .then()
                .statusCode(200)
                .body("kept", equalTo(false))
                .body("assignmentTitle", org.hamcrest.Matchers.startsWith("Sluiting "));
        assertThat(keptAt(closed.visitorResponse()))
                .as("a GET (a mail scanner) changes nothing")
                .isNull();

        given().post("/api/v1/response-keep/" + token).then().statusCode(200).body("kept", equalTo(true));
        assertThat(keptAt(closed.visitorResponse())).isNotNull();

        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        given().post("/api/v1/response-keep/" + tampered)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/response-keep/" + tampered).then().statusCode(404);
    }

    @Test
    void eachResponseCategoryKeepsARecordJustInsideItsPeriodAndSelectsOneJustOutside() {
        Closed closed = closedWithTwoResponses();
        Instant closedAt = closedAt(closed.assignment().id());
        RetentionSweep onlyThis = Retention.sweep(ResponseSweeps.ThisAssignmentOnly.class);
        RetentionSweep unkept = Retention.sweep(ResponseSweeps.Unkept.class);
        RetentionSweep kept = Retention.sweep(ResponseSweeps.Kept.class);
        String only = closed.onlyThisAssignment().toString();
        String visitor = closed.visitorResponse().toString();

        assertThat(Retention.dueKeys(onlyThis, Period.ZERO, closedAt.minusSeconds(1)))
                .doesNotContain(only);
        assertThat(Retention.dueKeys(onlyThis, Period.ZERO, closedAt))
                .contains(only)
                .doesNotContain(visitor);

        Instant fourWeeks = closedAt.plus(28, ChronoUnit.DAYS);
        assertThat(Retention.dueKeys(unkept, Period.ofDays(28), fourWeeks.minusSeconds(1)))
                .doesNotContain(visitor);
        assertThat(Retention.dueKeys(unkept, Period.ofDays(28), fourWeeks))
                .contains(visitor)
                .doesNotContain(only);

        given().post("/api/v1/response-keep/" + keepToken(closed.visitorEmail()))
                .then()
                .statusCode(200);
        assertThat(Retention.dueKeys(unkept, Period.ofDays(28), fourWeeks)).doesNotContain(visitor);
        Instant aYear = closedAt.atZone(java.time.ZoneOffset.UTC).plusYears(1).toInstant();
        assertThat(Retention.dueKeys(kept, Period.ofYears(1), aYear.minusSeconds(1)))
                .doesNotContain(visitor);
        assertThat(Retention.dueKeys(kept, Period.ofYears(1), aYear)).contains(visitor);
    }

    @Test
    void erasingAResponseForThisAssignmentOnlyRedactsThePostersCopyAndKeepsTheAccount() {
        Closed closed = closedWithTwoResponses();
        UUID forwarded = (UUID) Retention.value(
                "SELECT forwarded_message_id FROM response WHERE id = :id", closed.onlyThisAssignment());
        UUID respondent = (UUID) Retention.value(
                "SELECT respondent_subject_id FROM response WHERE id = :id", closed.onlyThisAssignment());
        assertThat(forwarded).isNotNull();

        int erased = Retention.run(
                Retention.sweep(ResponseSweeps.ThisAssignmentOnly.class),
                Period.ZERO,
                Instant.now().plus(Duration.ofMinutes(1)),
                RetentionAction.DELETE,
                closed.onlyThisAssignment().toString());

        assertThat(erased).isEqualTo(1);
        assertThat(Retention.value("SELECT id FROM response WHERE id = :id", closed.onlyThisAssignment()))
                .isNull();
        assertThat((String) Retention.value("SELECT body_text FROM outbox_message WHERE id = :id", forwarded))
                .doesNotContain("Olga")
                .contains("content was removed");
        assertThat(Retention.value("SELECT count(*) FROM outbox_attachment WHERE message_id = :id", forwarded))
                .isEqualTo(0L);
        assertThat(Retention.value("SELECT id FROM subject WHERE id = :id", respondent))
                .as("the professional's account stays")
                .isEqualTo(respondent);
    }

    @Test
    void aVisitorsResponseGoesWithTheirEmailIdentityAndAnonymisingKeepsAnEmptyRow() {
        Closed first = closedWithTwoResponses();
        UUID visitor = (UUID)
                Retention.value("SELECT respondent_subject_id FROM response WHERE id = :id", first.visitorResponse());
        Instant later = Instant.now().plus(Duration.ofDays(29));

        assertThat(Retention.run(
                        Retention.sweep(ResponseSweeps.Unkept.class),
                        Period.ofDays(28),
                        later,
                        RetentionAction.DELETE,
                        first.visitorResponse().toString()))
                .isEqualTo(1);
        assertThat(Retention.value("SELECT id FROM response WHERE id = :id", first.visitorResponse()))
                .isNull();
        assertThat(Retention.value("SELECT id FROM subject WHERE id = :id", visitor))
                .as("the e-mail identity held nothing else")
                .isNull();

        Closed second = closedWithTwoResponses();
        assertThat(Retention.run(
                        Retention.sweep(ResponseSweeps.Unkept.class),
                        Period.ofDays(28),
                        later,
                        RetentionAction.ANONYMISE,
                        second.visitorResponse().toString()))
                .isEqualTo(1);
        assertThat(Retention.value("SELECT respondent_name FROM response WHERE id = :id", second.visitorResponse()))
                .isEqualTo("-");
        assertThat(Retention.value(
                        "SELECT respondent_subject_id FROM response WHERE id = :id", second.visitorResponse()))
                .isNull();
    }

    private Mail newest(String address) {
        List<Mail> mails = Mailbox.to(mailbox, address);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private String keepToken(String address) {
        Matcher matcher = KEEP_LINK.matcher(newest(address).getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static UUID responseOf(String email) {
        return (UUID) Retention.value("SELECT id FROM response WHERE respondent_email = :id", email);
    }

    private static Instant keptAt(UUID response) {
        return toInstant(Retention.value("SELECT kept_at FROM response WHERE id = :id", response));
    }

    private static Instant closedAt(String assignmentId) {
        return toInstant(
                Retention.value("SELECT closed_at FROM assignment WHERE id = :id", UUID.fromString(assignmentId)));
    }

    private static Instant toInstant(Object value) {
        return value == null ? null : (Instant) value;
    }
}
