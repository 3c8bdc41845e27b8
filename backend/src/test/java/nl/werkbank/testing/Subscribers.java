package nl.werkbank.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.common.Role;
import nl.werkbank.consent.UnsubscribeLinks;
import nl.werkbank.jobalert.JobAlertService;
import nl.werkbank.notification.MailLinks;
import nl.werkbank.testing.Actors.Actor;

/** People who receive consent-based mail (C-4, A-5), made through the real API. */
public final class Subscribers {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe#u=([A-Za-z0-9_.-]+)");

    private Subscribers() {}

    /** A professional whose address the identity provider verified (Keycloak's email_verified claim). */
    public static Actor verifiedProfessional(String name, String email) {
        String subject = "kc-" + UUID.randomUUID();
        return new Actor(
                subject,
                name,
                Tokens.sign(Tokens.personClaims(subject, name, email, null, Role.PROFESSIONAL)
                        .claim("email_verified", true)));
    }

    /** Records the decision; returns the event's id. */
    public static String decide(Actor person, String purpose, String decision) {
        return person.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", purpose, "decision", decision))
                .post("/api/v1/me/consents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void saveJobAlert(Actor person, Map<String, Object> criteria) {
        person.spec()
                .contentType(ContentType.JSON)
                .body(criteria)
                .put("/api/v1/me/job-alerts")
                .then()
                .statusCode(200);
    }

    /** A professional with job alerts on for assignments with this skill. */
    public static Actor withJobAlertsFor(String name, String email, String skill) {
        Actor professional = verifiedProfessional(name, email);
        decide(professional, "job-alerts", "GRANT");
        saveJobAlert(professional, Map.of("skills", List.of(skill)));
        return professional;
    }

    /** Queues the digests that are due and sends everything; returns the mails the address received. */
    public static List<Mail> digestsTo(String address) {
        Arc.container().instance(JobAlertService.class).get().sendDueDigests();
        Mailbox.sendAll();
        return Mailbox.to(Arc.container().instance(MockMailbox.class).get(), address).stream()
                .filter(mail -> mail.getText().contains("/api/v1/mail-links/"))
                .filter(mail -> !mail.getText().contains("/job-alerts/confirm"))
                .toList();
    }

    /** The signed token of the visible unsubscribe link in a mail's footer. */
    public static String unsubscribeTokenIn(Mail mail) {
        Matcher matcher = UNSUBSCRIBE.matcher(mail.getText());
        if (!matcher.find()) {
            throw new IllegalStateException("The mail has no unsubscribe link");
        }
        return matcher.group(1);
    }

    /** The signed unsubscribe token of this person for this purpose, as their mails carry it. */
    public static String unsubscribeToken(Actor person, String purpose) {
        String subjectId =
                person.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
        return Arc.container().instance(UnsubscribeLinks.class).get().token(UUID.fromString(subjectId), purpose);
    }

    /** The signed part of a link in a mail to this person, leading to this path of the SPA (T-2). */
    public static String mailLink(Actor person, String spaPath) {
        String subjectId =
                person.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
        String url = Arc.container().instance(MailLinks.class).get().to(UUID.fromString(subjectId), spaPath);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A visitor asked for job alerts; returns the token of the confirmation link mailed to them. */
    public static String visitorConfirmationToken() {
        String email = AssignmentFixtures.uniqueEmail("visitor");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "criteria", Map.of()))
                .post("/api/v1/job-alerts")
                .then()
                .statusCode(202);
        return Mailbox.latestTokenSentTo(email);
    }

    /** An assignment with this skill, posted by a client of a verified organisation and published. */
    public static String publishWithSkill(String title, String skill) {
        Map<String, Object> body = AssignmentFixtures.assignment(title);
        body.put("skills", List.of(skill));
        return AssignmentFixtures.publishedOf(
                Actors.clientOf("Olga Opdrachtgever", "Alert BV " + UUID.randomUUID(), true)
                        .actor(),
                body);
    }
}
