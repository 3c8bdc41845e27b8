package nl.werkbank.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * T-2, T-3, T-1: a professional whose profile is about to expire for inactivity is warned with a
 * signed one-click "keep my account" link; the inactive-profile sweep removes nothing without a
 * warning sent at least 30 days earlier and after the last meaningful contact.
 */
@QuarkusTest
class InactiveProfileTest {

    private static final Pattern KEEP_LINK = Pattern.compile("/keep-account#k=([A-Za-z0-9_.-]+)");
    private static final Period TWO_YEARS = Period.ofYears(2);

    @Inject
    MockMailbox mailbox;

    @Inject
    InactivityWarnings warnings;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private record Professional(Actor actor, String email, UUID subjectId) {}

    private static Professional professionalWithProfile(String name) {
        String email = AssignmentFixtures.uniqueEmail("inactive");
        Actor actor = Subscribers.verifiedProfessional(name, email);
        Actors.saveProfile(actor, Actors.profileBody(name, "MEMBERS"));
        Actors.uploadCv(actor, "cv-of-" + name);
        String subjectId =
                actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
        return new Professional(actor, email, UUID.fromString(subjectId));
    }

    @Test
    void theWarningComesOnceWithAKeepLinkWhoseGetChangesNothingAndWhosePostIsMeaningfulContact() {
        Professional professional = professionalWithProfile("Ina Inactief");
        Instant contact = lastContact(professional.subjectId());
        Instant expires = contact.atZone(ZoneOffset.UTC).plus(TWO_YEARS).toInstant();

        TestClock.advance(Duration.between(Instant.now(), expires.minus(Duration.ofDays(31))));
        warnings.warnDue();
        Mailbox.sendAll();
        assertThat(Mailbox.to(mailbox, professional.email()))
                .as("not yet within 30 days")
                .isEmpty();

        TestClock.advance(Duration.ofDays(2));
        warnings.warnDue();
        warnings.warnDue();
        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, professional.email());
        assertThat(mails).as("warned once").hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("Je Werkbank-profiel verloopt op");
        assertThat(warnedAt(professional.subjectId())).isNotNull();
        Matcher link = KEEP_LINK.matcher(mails.get(0).getText());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        given().get("/api/v1/keep-account/" + token).then().statusCode(200).body("kept", equalTo(false));
        assertThat(lastContact(professional.subjectId()))
                .as("a GET (a mail scanner) is no contact")
                .isEqualTo(contact);

        given().post("/api/v1/keep-account/" + token).then().statusCode(200).body("kept", equalTo(true));
        assertThat(lastContact(professional.subjectId())).isAfter(warnedAt(professional.subjectId()));

        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        given().post("/api/v1/keep-account/" + tampered).then().statusCode(404).contentType("application/problem+json");
        String unsubscribeToken = Subscribers.unsubscribeToken(professional.actor(), "job-alerts");
        // a link signed for another use is refused
        given().post("/api/v1/keep-account/" + unsubscribeToken).then().statusCode(404);
    }

    @Test
    void nothingGoesWithoutAWarningSentAtLeastThirtyDaysEarlierAfterTheLastContact() {
        Professional professional = professionalWithProfile("Wim Waarschuwing");
        UUID subject = professional.subjectId();
        String key = subject.toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        InactiveProfileSweep sweep = Retention.sweep(InactiveProfileSweep.class);
        Retention.set(
                "UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id",
                subject,
                now.minus(Duration.ofDays(3 * 365)));

        assertThat(Retention.dueKeys(sweep, TWO_YEARS, now)).as("never warned").doesNotContain(key);

        Retention.set(
                "UPDATE subject SET inactivity_warned_at = :at WHERE id = :id",
                subject,
                now.minus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(Retention.dueKeys(sweep, TWO_YEARS, now))
                .as("warned 30 days minus a second ago")
                .doesNotContain(key);

        Retention.set(
                "UPDATE subject SET inactivity_warned_at = :at WHERE id = :id",
                subject,
                now.minus(Duration.ofDays(30)));
        assertThat(Retention.dueKeys(sweep, TWO_YEARS, now))
                .as("warned 30 days ago")
                .contains(key);

        Retention.set(
                "UPDATE subject SET inactivity_warned_at = :at WHERE id = :id",
                subject,
                now.minus(Duration.ofDays(4 * 365)));
        assertThat(Retention.dueKeys(sweep, TWO_YEARS, now))
                .as("a warning before the last contact does not count")
                .doesNotContain(key);
    }

    @Test
    void aProfileJustInsideItsPeriodSurvivesAndOneJustOutsideGoes() {
        Professional inside = professionalWithProfile("Ivo Binnen");
        Professional outside = professionalWithProfile("Otto Buiten");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant periodStart = now.atZone(ZoneOffset.UTC).minus(TWO_YEARS).toInstant();
        for (Professional professional : List.of(inside, outside)) {
            Retention.set(
                    "UPDATE subject SET inactivity_warned_at = :at WHERE id = :id",
                    professional.subjectId(),
                    now.minus(Duration.ofDays(31)));
        }
        Retention.set(
                "UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id",
                inside.subjectId(),
                periodStart.plusSeconds(1));
        Retention.set(
                "UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id", outside.subjectId(), periodStart);
        InactiveProfileSweep sweep = Retention.sweep(InactiveProfileSweep.class);

        assertThat(Retention.dueKeys(sweep, TWO_YEARS, now))
                .contains(outside.subjectId().toString())
                .doesNotContain(inside.subjectId().toString());

        assertThat(Retention.run(
                        sweep,
                        TWO_YEARS,
                        now,
                        RetentionAction.DELETE,
                        outside.subjectId().toString(),
                        inside.subjectId().toString()))
                .isEqualTo(1);
        assertThat(Retention.value("SELECT id FROM subject WHERE id = :id", outside.subjectId()))
                .as("DELETE erases the account")
                .isNull();
        assertThat(Retention.value("SELECT count(*) FROM profile WHERE subject_id = :id", inside.subjectId()))
                .isEqualTo(1L);
    }

    @Test
    void anonymisingRemovesProfileAndCvAndKeepsTheAccount() {
        Professional professional = professionalWithProfile("Anna Anoniem");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Retention.set(
                "UPDATE subject SET last_meaningful_contact_at = :at WHERE id = :id",
                professional.subjectId(),
                now.minus(Duration.ofDays(800)));
        Retention.set(
                "UPDATE subject SET inactivity_warned_at = :at WHERE id = :id",
                professional.subjectId(),
                now.minus(Duration.ofDays(40)));

        assertThat(Retention.run(
                        Retention.sweep(InactiveProfileSweep.class),
                        TWO_YEARS,
                        now,
                        RetentionAction.ANONYMISE,
                        professional.subjectId().toString()))
                .isEqualTo(1);
        assertThat(Retention.value("SELECT count(*) FROM profile WHERE subject_id = :id", professional.subjectId()))
                .isEqualTo(0L);
        assertThat(Retention.value("SELECT count(*) FROM cv_file WHERE subject_id = :id", professional.subjectId()))
                .isEqualTo(0L);
        assertThat(Retention.value("SELECT id FROM subject WHERE id = :id", professional.subjectId()))
                .isEqualTo(professional.subjectId());
        professional.actor().spec().get("/api/v1/me").then().statusCode(200);
        professional.actor().spec().get("/api/v1/me/profile").then().statusCode(404);
    }

    private static Instant lastContact(UUID subjectId) {
        return (Instant) Retention.value("SELECT last_meaningful_contact_at FROM subject WHERE id = :id", subjectId);
    }

    private static Instant warnedAt(UUID subjectId) {
        return (Instant) Retention.value("SELECT inactivity_warned_at FROM subject WHERE id = :id", subjectId);
    }
}
