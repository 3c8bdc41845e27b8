package nl.werkbank.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.notification.OutboxSender;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AtOnce;
import nl.werkbank.testing.CapturedLog;
import nl.werkbank.testing.Files;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R-1..R-6 and A-6: responding, forwarding, the respondent's view, withdrawal, the poster's side. */
@QuarkusTest
class ResponseTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender outbox;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    private String marker;
    private Map<String, Object> poster;
    private String assignmentId;
    private String manageToken;
    private JsonPath questions;
    private Actor admin;

    /** An anonymous poster's published assignment, with canary details that respondents must never see. */
    @BeforeEach
    void publishedAssignment() {
        outbox.sendDue();
        mailbox.clear();
        admin = Actors.admin();
        marker = UUID.randomUUID().toString().substring(0, 8);
        poster = Map.of(
                "name",
                "Posterkanarie" + marker,
                "organisation",
                "Orgkanarie" + marker,
                "email",
                "posterkanarie." + marker + "@example.nl",
                "phone",
                "+31 20 555 " + Math.abs(marker.hashCode() % 10000));
        AssignmentFixtures.Anonymous posted =
                AssignmentFixtures.publishedAnonymously(AssignmentFixtures.assignment("Opdracht " + marker), poster);
        assignmentId = posted.id();
        manageToken = posted.manageToken();
        questions = given().get("/api/v1/assignments/" + assignmentId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        outbox.sendDue();
        mailbox.clear();
    }

    private String question(int index) {
        return questions.getString("questions[" + index + "].id");
    }

    private Map<String, Object> validResponse() {
        return Map.of(
                "motivation",
                "Ik heb dit werk al drie keer gedaan.",
                "answers",
                List.of(
                        Map.of("questionId", question(0), "value", "yes"),
                        Map.of("questionId", question(1), "value", "Direct")),
                "thisAssignmentOnly",
                true,
                "useProfileCv",
                false);
    }

    private RequestSpecification respondAs(RequestSpecification request, Map<String, Object> body) {
        return request.multiPart("response", "response.json", toJson(body), "application/json");
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Actor professionalWithProfile(String name) {
        return Actors.professionalWithProfile(name, "HIDDEN", false).actor();
    }

    @Test
    void aProfessionalsResponseIsForwardedWholeWithTheCvAndRecorded() {
        Actor professional = professionalWithProfile("Rens Respondent");
        respondAs(professional.spec(), validResponse())
                .multiPart("cv", "mijn-cv.pdf", Files.pdf("cv-of-rens"), "application/pdf")
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202)
                .body("status", equalTo("RECEIVED"));

        outbox.sendDue();
        List<Mail> toPoster = Mailbox.to(mailbox, (String) poster.get("email"));
        assertThat(toPoster).hasSize(1);
        Mail forwarded = toPoster.get(0);
        assertThat(forwarded.getText())
                .contains("Rens Respondent")
                .contains("Ik heb dit werk al drie keer gedaan.")
                .contains("Direct")
                .contains("Vernietig deze reactie");
        assertThat(forwarded.getAttachments()).hasSize(1);
        assertThat(forwarded.getAttachments().get(0).getName()).isEqualTo("mijn-cv.pdf");

        String responseId = given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(200)
                .body("items[0].hasCv", equalTo(true))
                .extract()
                .path("items[0].id");
        byte[] cv = given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/cv")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .extract()
                .asByteArray();
        assertThat(new String(cv, java.nio.charset.StandardCharsets.US_ASCII)).contains("cv-of-rens");
        given().get("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/cv")
                .then()
                .statusCode(404);

        JsonPath mine = professional
                .spec()
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getString("items[0].status")).isEqualTo("RECEIVED");
        assertThat(mine.getString("items[0].forwardedTo.kind"))
                .as("a code the SPA words in the reader's language, never a sentence (issue 16)")
                .isEqualTo("assignment-poster");
        assertThat(mine.getString("items[0].forwardedTo.name")).isEqualTo("Opdracht " + marker);
        professional
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .body("items[0].recipient.kind", equalTo("assignment-poster"))
                .body("items[0].recipient.name", equalTo("Opdracht " + marker))
                .body("items[0].purpose", equalTo("application"))
                .body("items[0].categories", hasItem("cv"));
    }

    @Test
    void thePostersIdentityNeverReachesTheRespondent() {
        Actor professional = professionalWithProfile("Kim Kanarie");
        List<String> seen = new ArrayList<>();
        seen.add(respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202)
                .extract()
                .asString());
        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SELECTING", "message", "We selecteren deze week."))
                .post("/api/v1/managed-assignments/" + assignmentId + "/procedure-updates")
                .then()
                .statusCode(200);
        seen.addAll(whatTheRespondentSees(professional));
        seen.add(given().get("/api/v1/assignments/" + assignmentId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(seen).hasSizeGreaterThanOrEqualTo(6);
        for (String body : seen) {
            assertThat(body)
                    .doesNotContain(marker.equals("") ? "-" : "kanarie." + marker)
                    .doesNotContain("Posterkanarie")
                    .doesNotContain("Orgkanarie")
                    .doesNotContain((String) poster.get("phone"));
        }
    }

    @Test
    void anOrganisationThatChoseNotToBeNamedStaysUnknownToTheRespondent() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String clientSubject = "kc-" + UUID.randomUUID();
        Actor client = new Actor(
                clientSubject,
                "Clientkanarie" + tag,
                nl.werkbank.testing.Tokens.person(
                        clientSubject,
                        "Clientkanarie" + tag,
                        "clientkanarie." + tag + "@example.nl",
                        null,
                        nl.werkbank.common.Role.CLIENT));
        Actors.organisation(client, "Orgkanarie" + tag + " BV", true);
        String id = AssignmentFixtures.publishedOf(client, AssignmentFixtures.assignment("Zonder naam " + tag));
        String questionId =
                given().get("/api/v1/assignments/" + id).then().extract().path("questions[0].id");

        Actor professional = professionalWithProfile("Roos Respondent");
        List<String> seen = new ArrayList<>();
        seen.add(respondAs(
                        professional.spec(),
                        Map.of(
                                "motivation",
                                "Graag",
                                "answers",
                                List.of(Map.of("questionId", questionId, "value", "no"))))
                .post("/api/v1/assignments/" + id + "/responses")
                .then()
                .statusCode(202)
                .extract()
                .asString());
        seen.add(given().get("/api/v1/assignments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        seen.addAll(whatTheRespondentSees(professional));
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
        for (String body : seen) {
            assertThat(body).doesNotContain("Clientkanarie").doesNotContain("Orgkanarie");
        }
    }

    @Test
    void everyRespondentHearsOfTheProcedure() {
        Actor first = professionalWithProfile("Eerste");
        Actor second = professionalWithProfile("Tweede");
        for (Actor respondent : List.of(first, second)) {
            respondAs(respondent.spec(), validResponse())
                    .post("/api/v1/assignments/" + assignmentId + "/responses")
                    .then()
                    .statusCode(202);
        }
        outbox.sendDue();
        mailbox.clear();
        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "FILLED", "message", "Dank voor uw reactie."))
                .post("/api/v1/managed-assignments/" + assignmentId + "/procedure-updates")
                .then()
                .statusCode(200);
        outbox.sendDue();
        for (Actor respondent : List.of(first, second)) {
            String email =
                    respondent.spec().get("/api/v1/me/profile").then().extract().path("contact.email");
            List<Mail> mails = Mailbox.to(mailbox, email);
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getText())
                    .contains("de opdracht is vervuld")
                    .contains("Dank voor uw reactie.");
            respondent
                    .spec()
                    .get("/api/v1/me/responses")
                    .then()
                    .body("items[0].procedureUpdates[0].status", equalTo("FILLED"));
        }
    }

    @Test
    void aVisitorsResponseIsSentOnlyAfterTheEmailCheck() {
        String email = AssignmentFixtures.uniqueEmail("bezoeker");
        Map<String, Object> body = new java.util.HashMap<>(validResponse());
        body.put("respondent", Map.of("name", "Vera Bezoeker", "email", email, "phone", "+31 6 3333 4444"));
        respondAs(given(), body)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING_VERIFICATION"));
        outbox.sendDue();
        assertThat(Mailbox.to(mailbox, (String) poster.get("email"))).isEmpty();
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .body("items", hasSize(0));

        String token = Mailbox.tokenIn(Mailbox.to(mailbox, email).get(0)).orElseThrow();
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(404);
        outbox.sendDue();
        assertThat(Mailbox.to(mailbox, (String) poster.get("email"))).hasSize(1);
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .body("items[0].name", equalTo("Vera Bezoeker"))
                .body("items[0].email", equalTo(email));
    }

    @Test
    void thePosterMovesAResponseOnAndTheRespondentHears() {
        Actor professional = professionalWithProfile("Sam Status");
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        String responseId = given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .extract()
                .path("items[0].id");
        outbox.sendDue();
        mailbox.clear();

        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("SHORTLISTED"));
        professional.spec().get("/api/v1/me/responses").then().body("items[0].status", equalTo("SHORTLISTED"));
        outbox.sendDue();
        String email =
                professional.spec().get("/api/v1/me/profile").then().extract().path("contact.email");
        assertThat(Mailbox.to(mailbox, email).get(0).getText()).contains("op de shortlist");

        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PLACED"))
                .post("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Actor stranger = Actors.client("Vreemde");
        Actors.organisation(stranger, "Vreemd BV", true);
        stranger.spec()
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(404);
        professional
                .spec()
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(404);
    }

    @Test
    void oneActiveResponsePerPersonAndWithdrawingTellsThePoster() {
        Actor professional = professionalWithProfile("Wim Withdraw");
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        String responseId =
                professional.spec().get("/api/v1/me/responses").then().extract().path("items[0].id");
        outbox.sendDue();
        mailbox.clear();

        Actors.professional("Ander")
                .spec()
                .post("/api/v1/me/responses/" + responseId + "/withdraw")
                .then()
                .statusCode(404);
        professional
                .spec()
                .post("/api/v1/me/responses/" + responseId + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        outbox.sendDue();
        assertThat(Mailbox.to(mailbox, (String) poster.get("email")).get(0).getText())
                .contains("Wim Withdraw")
                .contains("ingetrokken");
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .body("items.name", org.hamcrest.Matchers.not(hasItem("Wim Withdraw")));
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/cv")
                .then()
                .statusCode(404);
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
    }

    @Test
    void theResponseFormAsksWhetherTheProfessionalRespondedToThisAssignment() {
        Actor professional = professionalWithProfile("Vera Vooraf");
        String other = AssignmentFixtures.publishedAnonymously().id();
        String forOther = ResponseFixtures.respond(professional, other, false);
        professional
                .spec()
                .queryParam("assignmentId", assignmentId)
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        professional
                .spec()
                .queryParam("assignmentId", assignmentId)
                .get("/api/v1/me/responses")
                .then()
                .body("items", hasSize(1))
                .body("items[0].assignmentId", equalTo(assignmentId))
                .body("items[0].status", equalTo("RECEIVED"));
        professional
                .spec()
                .queryParam("assignmentId", other)
                .get("/api/v1/me/responses")
                .then()
                .body("items.id", equalTo(List.of(forOther)));
        Actors.professional("Niemand")
                .spec()
                .queryParam("assignmentId", assignmentId)
                .get("/api/v1/me/responses")
                .then()
                .body("items", hasSize(0));
        professional
                .spec()
                .queryParam("assignmentId", "geen-id")
                .get("/api/v1/me/responses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("assignmentId"));
    }

    @Test
    void responsesOnlyWhilePublished() {
        admin.spec()
                .post("/api/v1/managed-assignments/" + assignmentId + "/close")
                .then()
                .statusCode(200);
        respondAs(professionalWithProfile("Te Laat").spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(409);
        respondAs(professionalWithProfile("Nergens").spec(), validResponse())
                .post("/api/v1/assignments/" + UUID.randomUUID() + "/responses")
                .then()
                .statusCode(404);
    }

    @Test
    void answersAreCheckedAgainstTheQuestions() {
        Actor professional = professionalWithProfile("Anton Antwoord");
        String yesNo = question(0);
        String choice = question(1);
        List<Object[]> table = List.of(
                new Object[] {List.of(Map.of("questionId", choice, "value", "Direct")), "answers"},
                new Object[] {List.of(Map.of("questionId", yesNo, "value", "misschien")), "answers[0].value"},
                new Object[] {
                    List.of(
                            Map.of("questionId", yesNo, "value", "yes"),
                            Map.of("questionId", choice, "value", "Morgen")),
                    "answers[1].value"
                },
                new Object[] {
                    List.of(
                            Map.of("questionId", yesNo, "value", "yes"),
                            Map.of("questionId", UUID.randomUUID().toString(), "value", "x")),
                    "answers[1].questionId"
                },
                new Object[] {
                    List.of(Map.of("questionId", yesNo, "value", "yes"), Map.of("questionId", yesNo, "value", "no")),
                    "answers[1].questionId"
                },
                new Object[] {List.of(Map.of("questionId", yesNo, "value", "y".repeat(2001))), "answers[0].value"});
        for (Object[] row : table) {
            Map<String, Object> body = Map.of("motivation", "Graag", "answers", row[0]);
            respondAs(professional.spec(), body)
                    .post("/api/v1/assignments/" + assignmentId + "/responses")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem((String) row[1]));
        }
        respondAs(professional.spec(), Map.of("answers", List.of()))
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("motivation"));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(Files.pdf("big"), 0, big, 0, 10);
        respondAs(professional.spec(), validResponse())
                .multiPart("cv", "cv.pdf", big, "application/pdf")
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cv"));
        respondAs(professional.spec(), validResponse())
                .multiPart("cv", "cv.pdf", Files.html(), "application/pdf")
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cv"));
        professional.spec().get("/api/v1/me/responses").then().body("items", hasSize(0));
    }

    @Test
    void aPlacementRecordsItsFeeScheduleAndInvoices() {
        Actor professional = professionalWithProfile("Pleun Placed");
        String responseId = respondedAs(professional, "Pleun Placed");
        String placement = "/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/placement";

        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-03-15", "endDate", "2027-04-29"))
                .post(placement)
                .then()
                .statusCode(200)
                .body("monthlyFeeCents", equalTo(25000))
                .body("totalCents", equalTo(37500))
                .body("invoices", hasSize(2))
                .body("invoices[1].periodEnd", equalTo("2027-04-29"))
                .body("invoices[1].amountCents", equalTo(12500))
                .body("invoices[1].issuedOn", equalTo("2027-04-30"));
        professional.spec().get("/api/v1/me/responses").then().body("items[0].status", equalTo("PLACED"));
        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-03-15", "endDate", "2027-04-29"))
                .post(placement)
                .then()
                .statusCode(409);
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/placements")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].responseId", equalTo(responseId));
        professional
                .spec()
                .get("/api/v1/managed-assignments/" + assignmentId + "/placements")
                .then()
                .statusCode(404);
        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-03-15", "endDate", "2027-03-01"))
                .post(placement)
                .then()
                .statusCode(409);
    }

    @Test
    void feesAreNeverChargedPastTheAssignmentsLastDay() {
        String clientSubject = "kc-" + UUID.randomUUID();
        Actor client = new Actor(
                clientSubject,
                "Fenna Fee",
                nl.werkbank.testing.Tokens.person(
                        clientSubject,
                        "Fenna Fee",
                        "fenna." + clientSubject.substring(3, 11) + "@example.nl",
                        null,
                        nl.werkbank.common.Role.CLIENT));
        Actors.organisation(client, "Fee BV", true);
        Map<String, Object> eightWeeks = AssignmentFixtures.assignment("Acht weken");
        eightWeeks.put("startDate", "2027-01-04");
        eightWeeks.put("durationWeeks", 8);
        String id = AssignmentFixtures.publishedOf(client, eightWeeks);
        String questionId =
                given().get("/api/v1/assignments/" + id).then().extract().path("questions[0].id");
        respondAs(
                        professionalWithProfile("Lang Gebleven").spec(),
                        Map.of(
                                "motivation",
                                "Graag",
                                "answers",
                                List.of(Map.of("questionId", questionId, "value", "yes"))))
                .post("/api/v1/assignments/" + id + "/responses")
                .then()
                .statusCode(202);
        String responseId = client.spec()
                .get("/api/v1/managed-assignments/" + id + "/responses")
                .then()
                .extract()
                .path("items[0].id");

        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-01-04", "endDate", "2027-12-31"))
                .post("/api/v1/managed-assignments/" + id + "/responses/" + responseId + "/placement")
                .then()
                .statusCode(200)
                .body("endDate", equalTo("2027-12-31"))
                .body("invoices", hasSize(2))
                .body("invoices[1].periodEnd", equalTo("2027-02-28"))
                .body("invoices[1].amountCents", equalTo(22321))
                .body("totalCents", equalTo(47321));
        client.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "REJECTED"))
                .post("/api/v1/managed-assignments/" + id + "/responses/" + responseId + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aVisitorLearnsNothingAboutWhoAlreadyRespondedAndCannotBlockAnyone() {
        Actor professional = professionalWithProfile("Echte Kandidaat");
        String email =
                professional.spec().get("/api/v1/me/profile").then().extract().path("contact.email");
        Map<String, Object> impostor = new java.util.HashMap<>(validResponse());
        impostor.put("respondent", Map.of("name", "Iemand Anders", "email", email));

        String beforeAnyResponse = respondAs(given(), impostor)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        String afterTheirResponse = respondAs(given(), impostor)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertThat(afterTheirResponse).isEqualTo(beforeAnyResponse);

        outbox.sendDue();
        List<String> tokens = Mailbox.to(mailbox, email).stream()
                .map(Mailbox::tokenIn)
                .flatMap(java.util.Optional::stream)
                .toList();
        assertThat(tokens).hasSize(2);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", tokens.get(1)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(409);
    }

    @Test
    void unconfirmedResponsesAreGoneAfterSevenDays() {
        String email = AssignmentFixtures.uniqueEmail("onbevestigd");
        Map<String, Object> body = new java.util.HashMap<>(validResponse());
        body.put("respondent", Map.of("name", "Onbevestigd", "email", email));
        respondAs(given(), body)
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        assertThat(count("SELECT count(*) FROM response WHERE respondent_email = '" + email + "'"))
                .isEqualTo(1);

        try {
            nl.werkbank.testing.TestClock.advance(java.time.Duration.ofDays(8));
            nl.werkbank.testing.Retention.run();
        } finally {
            nl.werkbank.testing.TestClock.reset();
        }
        assertThat(count("SELECT count(*) FROM response WHERE respondent_email = '" + email + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM outbox_message WHERE recipient = '" + email + "'"))
                .isZero();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Issue 8: the poster's list pages with a cursor, answers If-None-Match with 304, and never reads a CV file. */
    @Test
    void thePostersListPagesTagsAndLeavesTheCvFilesUnread() {
        for (int i = 0; i < 3; i++) {
            respondAs(professionalWithProfile("Lijst " + i).spec(), validResponse())
                    .multiPart("cv", "cv-" + i + ".pdf", Files.pdf("cv-" + i), "application/pdf")
                    .post("/api/v1/assignments/" + assignmentId + "/responses")
                    .then()
                    .statusCode(202);
        }
        Statistics statistics = entityManager
                .getEntityManagerFactory()
                .unwrap(SessionFactory.class)
                .getStatistics();
        long cvLoadsBefore =
                statistics.getEntityStatistics(ResponseCv.class.getName()).getLoadCount();

        String path = "/api/v1/managed-assignments/" + assignmentId + "/responses";
        JsonPath first = given().header("Werkbank-Manage-Token", manageToken)
                .queryParam("limit", 2)
                .get(path)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].hasCv", equalTo(true))
                .extract()
                .jsonPath();
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        JsonPath second = given().header("Werkbank-Manage-Token", manageToken)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(path)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", org.hamcrest.Matchers.nullValue())
                .extract()
                .jsonPath();
        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertThat(ids).doesNotHaveDuplicates().hasSize(3);
        assertThat(statistics.getEntityStatistics(ResponseCv.class.getName()).getLoadCount())
                .as("listing responses reads no CV file")
                .isEqualTo(cvLoadsBefore);

        String etag = given().header("Werkbank-Manage-Token", manageToken)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).startsWith("\"");
        given().header("Werkbank-Manage-Token", manageToken)
                .header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304);
        given().header("Werkbank-Manage-Token", manageToken)
                .queryParam("limit", 101)
                .get(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    /** Issue 8: the respondent's list pages and is tagged; a change gives a new tag. */
    @Test
    void myResponsesPageAndAnswerNotModifiedUntilSomethingChanges() {
        Actor professional = professionalWithProfile("Mijn lijst");
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        String etag = professional
                .spec()
                .queryParam("limit", 1)
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", org.hamcrest.Matchers.nullValue())
                .extract()
                .header("ETag");
        professional
                .spec()
                .queryParam("limit", 1)
                .header("If-None-Match", etag)
                .get("/api/v1/me/responses")
                .then()
                .statusCode(304);
        String responseId =
                professional.spec().get("/api/v1/me/responses").then().extract().path("items[0].id");
        given().header("Werkbank-Manage-Token", manageToken)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/status")
                .then()
                .statusCode(200);
        professional
                .spec()
                .queryParam("limit", 1)
                .header("If-None-Match", etag)
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("SHORTLISTED"));
    }

    /**
     * Issue 8, R-1: one person's first responses sent at once: one is forwarded, the others are
     * 409 (never 500), and no log line carries the address.
     */
    @Test
    void parallelFirstResponsesAnswerConflictAndLogNoAddress() throws Exception {
        Actor professional = professionalWithProfile("Tegelijk");
        String email = professional
                .spec()
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .extract()
                .path("contact.email");
        CapturedLog log = CapturedLog.start();
        try {
            List<Integer> answered = AtOnce.times(
                    6,
                    () -> respondAs(professional.spec(), validResponse())
                            .post("/api/v1/assignments/" + assignmentId + "/responses")
                            .then()
                            .extract()
                            .statusCode());
            assertThat(answered).containsOnly(202, 409);
            assertThat(answered).filteredOn(status -> status == 202).hasSize(1);
        } finally {
            log.stop();
        }
        assertThat(log.lines())
                .noneMatch(line ->
                        line.toLowerCase(java.util.Locale.ROOT).contains(email.toLowerCase(java.util.Locale.ROOT)));
    }

    /** parallel placements of one respondent place them once; the others get 409, never 500. */
    @Test
    void parallelPlacementsOfOneRespondentPlaceThemOnce() throws Exception {
        String responseId = respondedAs(professionalWithProfile("Parallel Geplaatst"), "Parallel Geplaatst");
        String placement = "/api/v1/managed-assignments/" + assignmentId + "/responses/" + responseId + "/placement";
        List<Integer> answered = AtOnce.times(
                5,
                () -> given().header("Werkbank-Manage-Token", manageToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("startDate", "2027-03-15", "endDate", "2027-04-29"))
                        .post(placement)
                        .then()
                        .extract()
                        .statusCode());
        assertThat(answered).containsOnly(200, 409);
        assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
        given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/placements")
                .then()
                .statusCode(200)
                .body("items.findAll { it.responseId == '" + responseId + "' }", hasSize(1));
    }

    /** The professional responds to the assignment; returns the id of the response as the poster lists it. */
    private String respondedAs(Actor professional, String name) {
        respondAs(professional.spec(), validResponse())
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then()
                .statusCode(202);
        return given().header("Werkbank-Manage-Token", manageToken)
                .get("/api/v1/managed-assignments/" + assignmentId + "/responses")
                .then()
                .extract()
                .path("items.find { it.name == '" + name + "' }.id");
    }

    /** everything a respondent is shown afterwards: their responses, their disclosures, their mail. */
    private List<String> whatTheRespondentSees(Actor professional) {
        List<String> seen = new ArrayList<>();
        seen.add(professional
                .spec()
                .get("/api/v1/me/responses")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        seen.add(professional
                .spec()
                .get("/api/v1/me/disclosures")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        outbox.sendDue();
        String email =
                professional.spec().get("/api/v1/me/profile").then().extract().path("contact.email");
        Mailbox.to(mailbox, email).forEach(mail -> seen.add(mail.getSubject() + "\n" + mail.getText()));
        return seen;
    }
}
