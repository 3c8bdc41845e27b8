package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.werkbank.response.ResponseRetention;
import nl.werkbank.subject.KeepAccountService;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.Actors.Professional;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.AssignmentFixtures.Anonymous;
import nl.werkbank.testing.IntroductionFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * S-1: every operation of openapi.yaml × every kind of caller, the expected status of each cell in
 * {@code authorisation-matrix.md} (test resources), which says how to read and extend it.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final String TABLE = "/authorisation-matrix.md";
    private static final String MANAGE_TOKEN = "Werkbank-Manage-Token";

    static final List<String> CALLERS = List.of(
            "anonymous",
            "professionalA",
            "professionalB",
            "clientUnverified",
            "clientX",
            "clientY",
            "coach",
            "privacyOfficer",
            "admin",
            "jobBoard",
            "manageToken");

    /** Callers who send no login: the body they must send is a visitor's. */
    private static final Set<String> WITHOUT_LOGIN = Set.of("anonymous", "manageToken");

    /** One row of the table. */
    record Row(String operationId, String method, String path, String target, Map<String, Integer> expected) {

        String name(String caller) {
            return operationId + " × " + caller + " (" + target + ") → " + expected.get(caller);
        }
    }

    /** What a cell's path ids and credentials point at. */
    record Scene(String id, String responseId, String manageToken, String link) {

        static Scene of(String id, String manageToken) {
            return new Scene(id, null, manageToken, null);
        }
    }

    /** The people and objects every cell shares; made once, through the API. */
    record World(
            Map<String, Actor> callers,
            Client x,
            Professional a,
            Professional b,
            String xKvk,
            String anonymousProfile,
            String hiddenProfile,
            String organisationZ,
            Anonymous p,
            String xPublished,
            String xDraft,
            Anonymous pDraft,
            String responseOfAToX,
            String responseOfAToP,
            String breach,
            String requestOfA,
            String accessRequestOfA) {

        static World make() {
            Client unverified = Actors.clientOf("Uma Unverified", "Onbevestigd BV", false);
            Client x = Actors.clientOf("Xander X", "X Interim BV", true);
            Client y = Actors.clientOf("Yara Y", "Y Detachering BV", true);
            Professional a = Actors.professionalWithProfile("Petra A", "MEMBERS", true);
            Professional b = Actors.professionalWithProfile("Bram B", "ANONYMOUS", true);
            String anonymous = Actors.professionalWithProfile("Anne Anoniem", "ANONYMOUS", true)
                    .profileId();
            String hidden = Actors.professionalWithProfile("Hidde Hidden", "HIDDEN", true)
                    .profileId();
            String z = Actors.clientOf("Zeno Z", "Z Werving BV", false).organisationId();
            Anonymous p = AssignmentFixtures.publishedAnonymously();
            String xPublished = AssignmentFixtures.publishedOf(x.actor());
            Actor privacyOfficer = Actors.privacyOfficer();

            Map<String, Actor> callers = new LinkedHashMap<>();
            callers.put("professionalA", a.actor());
            callers.put("professionalB", b.actor());
            callers.put("clientUnverified", unverified.actor());
            callers.put("clientX", x.actor());
            callers.put("clientY", y.actor());
            callers.put("coach", Actors.coach());
            callers.put("privacyOfficer", privacyOfficer);
            callers.put("admin", Actors.admin());
            callers.put("jobBoard", Actors.jobBoard("jobbord-matrix"));
            return new World(
                    callers,
                    x,
                    a,
                    b,
                    IntroductionFixtures.kvkNumberOf(x),
                    anonymous,
                    hidden,
                    z,
                    p,
                    xPublished,
                    AssignmentFixtures.draftOf(x.actor()),
                    AssignmentFixtures.draftAnonymously(),
                    ResponseFixtures.respond(a.actor(), xPublished, true),
                    ResponseFixtures.respond(a.actor(), p.id(), true),
                    recordBreach(privacyOfficer),
                    fileRequest(a.actor(), "OBJECTION"),
                    fileRequest(a.actor(), "ACCESS"));
        }

        /** D-1: a request of A's; an ACCESS request comes with its export archive (D-3). */
        static String fileRequest(Actor subject, String type) {
            return subject.spec()
                    .contentType(ContentType.JSON)
                    .body(Map.of("type", type))
                    .post("/api/v1/me/requests")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
        }

        /** D-9: a high-risk incident in the register, so notices may be sent about it. */
        private static String recordBreach(Actor privacyOfficer) {
            Map<String, Object> incident = new HashMap<>(breachBody());
            return privacyOfficer
                    .spec()
                    .contentType(ContentType.JSON)
                    .body(incident)
                    .post("/api/v1/admin/breaches")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        RequestSpecification as(String caller, Scene scene) {
            return switch (caller) {
                case "anonymous" -> given();
                case "manageToken" -> given().header(MANAGE_TOKEN, scene.manageToken());
                default -> callers.get(caller).spec();
            };
        }
    }

    /** A kind of object a row points at; a fresh one is made for each cell that is expected to succeed. */
    record Target(boolean fresh, Function<World, Scene> make) {}

    static Map<String, Target> targets() {
        Map<String, Target> targets = new HashMap<>();
        shared(targets, "none", w -> Scene.of(null, w.p().manageToken()));
        shared(targets, "X's published assignment", w -> Scene.of(w.xPublished(), w.p().manageToken()));
        shared(targets, "X's draft", w -> Scene.of(w.xDraft(), w.p().manageToken()));
        shared(targets, "P's published assignment", w -> Scene.of(w.p().id(), w.p().manageToken()));
        shared(targets, "P's draft", w -> Scene.of(w.pDraft().id(), w.pDraft().manageToken()));
        shared(
                targets,
                "A's response to X's assignment",
                w -> new Scene(w.xPublished(), w.responseOfAToX(), w.p().manageToken(), null));
        shared(
                targets,
                "A's response to P's assignment",
                w -> new Scene(w.p().id(), w.responseOfAToP(), w.p().manageToken(), null));
        shared(targets, "A's profile", w -> Scene.of(w.a().profileId(), w.p().manageToken()));
        shared(
                targets,
                "X's assignment, A's response to P's assignment",
                w -> new Scene(w.xPublished(), w.responseOfAToP(), w.p().manageToken(), null));
        shared(
                targets,
                "P's assignment, A's response to X's assignment",
                w -> new Scene(w.p().id(), w.responseOfAToX(), w.p().manageToken(), null));
        shared(targets, "an anonymous profile", w -> Scene.of(w.anonymousProfile(), w.p().manageToken()));
        shared(targets, "a hidden profile", w -> Scene.of(w.hiddenProfile(), w.p().manageToken()));
        shared(targets, "an unknown profile", w -> Scene.of(UUID.randomUUID().toString(), w.p().manageToken()));
        shared(targets, "organisation Z", w -> Scene.of(w.organisationZ(), w.p().manageToken()));
        shared(targets, "a high-risk breach", w -> Scene.of(w.breach(), w.p().manageToken()));
        shared(targets, "A's privacy request", w -> Scene.of(w.requestOfA(), w.p().manageToken()));
        shared(targets, "the sent-mail policy", w -> Scene.of("sent-mail", w.p().manageToken()));
        fresh(targets, "an active legal hold", w -> Scene.of(legalHold(w), w.p().manageToken()));
        shared(targets, "A's access request", w -> Scene.of(w.accessRequestOfA(), w.p().manageToken()));

        shared(
                targets,
                "A's contact request",
                w -> Scene.of(IntroductionFixtures.contactRequestOf(w.a().actor()), w.p().manageToken()));
        shared(targets, "an introduction to B", w -> Scene.of(introductionToB(w), w.p().manageToken()));
        shared(
                targets,
                "X's invitation",
                w -> Scene.of(
                        IntroductionFixtures.invitationOf(w.x(), AssignmentFixtures.uniqueEmail("inv")),
                        w.p().manageToken()));
        shared(
                targets,
                "an invitation link of X",
                w -> new Scene(null, null, w.p().manageToken(), IntroductionFixtures.invitationTokenOf(w.x())));
        shared(targets, "X's KvK number", w -> new Scene(null, null, w.p().manageToken(), w.xKvk()));
        shared(
                targets,
                "a request to join X",
                w -> Scene.of(IntroductionFixtures.joinRequestTo(w.xKvk()), w.p().manageToken()));
        shared(
                targets,
                "a colleague of X",
                w -> Scene.of(IntroductionFixtures.colleagueOf(w.x(), w.xKvk()), w.p().manageToken()));
        fresh(
                targets,
                "A's contact request",
                w -> Scene.of(IntroductionFixtures.contactRequestOf(w.a().actor()), w.p().manageToken()));
        fresh(targets, "an introduction to B", w -> Scene.of(introductionToB(w), w.p().manageToken()));
        fresh(
                targets,
                "an anonymous profile",
                w -> Scene.of(
                        Actors.professionalWithProfile("Anna Anoniem", "ANONYMOUS", false)
                                .profileId(),
                        w.p().manageToken()));
        fresh(
                targets,
                "X's invitation",
                w -> Scene.of(
                        IntroductionFixtures.invitationOf(w.x(), AssignmentFixtures.uniqueEmail("inv")),
                        w.p().manageToken()));
        fresh(
                targets,
                "a request to join X",
                w -> Scene.of(IntroductionFixtures.joinRequestTo(w.xKvk()), w.p().manageToken()));
        fresh(
                targets,
                "a colleague of X",
                w -> Scene.of(IntroductionFixtures.colleagueOf(w.x(), w.xKvk()), w.p().manageToken()));

        fresh(targets, "X's draft", w -> Scene.of(AssignmentFixtures.draftOf(w.x().actor()), w.p().manageToken()));
        fresh(
                targets,
                "X's assignment in review",
                w -> Scene.of(AssignmentFixtures.inReviewOf(w.x().actor()), w.p().manageToken()));
        fresh(
                targets,
                "X's published assignment",
                w -> Scene.of(AssignmentFixtures.publishedOf(w.x().actor()), w.p().manageToken()));
        fresh(
                targets,
                "X's closed assignment",
                w -> Scene.of(AssignmentFixtures.closedOf(w.x().actor()), w.p().manageToken()));
        fresh(targets, "P's draft", w -> own(AssignmentFixtures.draftAnonymously()));
        fresh(targets, "P's assignment in review", w -> own(AssignmentFixtures.inReviewAnonymously()));
        fresh(targets, "P's published assignment", w -> own(AssignmentFixtures.publishedAnonymously()));
        fresh(targets, "P's closed assignment", w -> own(AssignmentFixtures.closedAnonymously()));
        fresh(targets, "A's response to X's assignment", w -> {
            String assignment = AssignmentFixtures.publishedOf(w.x().actor());
            String response = ResponseFixtures.respond(w.a().actor(), assignment, true);
            return new Scene(assignment, response, w.p().manageToken(), null);
        });
        fresh(targets, "A's response to P's assignment", w -> {
            Anonymous posted = AssignmentFixtures.publishedAnonymously();
            String response = ResponseFixtures.respond(w.a().actor(), posted.id(), true);
            return new Scene(posted.id(), response, posted.manageToken(), null);
        });
        fresh(
                targets,
                "A's privacy request",
                w -> Scene.of(World.fileRequest(w.a().actor(), "OBJECTION"), w.p().manageToken()));
        fresh(targets, "A's response", w -> {
            String assignment = AssignmentFixtures.publishedOf(w.x().actor());
            return Scene.of(ResponseFixtures.respond(w.a().actor(), assignment, false), w.p().manageToken());
        });
        fresh(
                targets,
                "a poster's e-mail link",
                w -> new Scene(
                        null,
                        null,
                        w.p().manageToken(),
                        AssignmentFixtures.postAnonymouslyAndReadToken(AssignmentFixtures.uniqueEmail("link"))));
        fresh(
                targets,
                "an e-mail privacy request link",
                w -> new Scene(null, null, w.p().manageToken(), askByEmail(AssignmentFixtures.uniqueEmail("ask"))));
        shared(
                targets,
                "an e-mail request's status token",
                w -> new Scene(null, null, w.p().manageToken(), accessByEmail(w).statusToken()));
        shared(
                targets,
                "an e-mail request's download token",
                w -> new Scene(null, null, w.p().manageToken(), accessByEmail(w).downloadToken()));
        fresh(
                targets,
                "a visitor's e-mail link",
                w -> new Scene(null, null, w.p().manageToken(), ResponseFixtures.respondAsVisitor(w.xPublished())));
        shared(
                targets,
                "A's unsubscribe link",
                w -> new Scene(
                        null, null, w.p().manageToken(), Subscribers.unsubscribeToken(w.a().actor(), "profiling")));
        shared(
                targets,
                "a mail link of A",
                w -> new Scene(null, null, w.p().manageToken(), Subscribers.mailLink(w.a().actor(), "/assignments")));
        shared(targets, "A's keep-my-account link", w -> {
            String subjectId =
                    w.a().actor().spec().get("/api/v1/me").then().extract().path("subjectId");
            String page =
                    Arc.container().instance(KeepAccountService.class).get().pageFor(UUID.fromString(subjectId));
            return new Scene(null, null, w.p().manageToken(), page.substring(page.indexOf("#k=") + 3));
        });
        shared(targets, "A's keep-response link", w -> {
            Anonymous posted = AssignmentFixtures.publishedAnonymously();
            String response = ResponseFixtures.respond(w.a().actor(), posted.id(), false);
            posted.spec()
                    .post("/api/v1/managed-assignments/" + posted.id() + "/close")
                    .then()
                    .statusCode(200);
            String page =
                    Arc.container().instance(ResponseRetention.class).get().keepPageFor(UUID.fromString(response));
            return new Scene(null, null, w.p().manageToken(), page.substring(page.indexOf("#k=") + 3));
        });
        fresh(
                targets,
                "a visitor's job-alert link",
                w -> new Scene(null, null, w.p().manageToken(), Subscribers.visitorConfirmationToken()));
        return targets;
    }

    /** D-1: asks by e-mail and returns the confirmation link's token. */
    private static String askByEmail(String email) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "type", "ACCESS"))
                .post("/api/v1/privacy-requests")
                .then()
                .statusCode(202);
        return Mailbox.latestTokenSentTo(email);
    }

    private record EmailAccess(String statusToken, String downloadToken) {}

    /** D-1, D-3: a visitor who responded to X's assignment asks for their data by e-mail and confirms. */
    private static EmailAccess accessByEmail(World world) {
        String email = AssignmentFixtures.uniqueEmail("access");
        ResponseFixtures.asResponse(given(), ResponseFixtures.visitorResponse(world.xPublished(), email))
                .post("/api/v1/assignments/" + world.xPublished() + "/responses")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", Mailbox.latestTokenSentTo(email)))
                .post("/api/v1/response-verifications")
                .then()
                .statusCode(200);
        String statusToken = given().contentType(ContentType.JSON)
                .body(Map.of("token", askByEmail(email)))
                .post("/api/v1/privacy-requests/confirmation")
                .then()
                .statusCode(200)
                .extract()
                .path("statusToken");
        return new EmailAccess(statusToken, Mailbox.latestTokenSentTo(email));
    }

    /** T-5: a hold on one record, placed by the privacy officer. */
    private static String legalHold(World world) {
        return world.callers()
                .get("privacyOfficer")
                .spec()
                .contentType(ContentType.JSON)
                .body(legalHoldBody())
                .post("/api/v1/admin/legal-holds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> legalHoldBody() {
        return Map.of(
                "category",
                "sent-mail",
                "recordKey",
                UUID.randomUUID().toString(),
                "reason",
                "Geschil over een factuur.");
    }

    /** K-3: each introduction to B comes from an organisation of its own, as one may have only one open. */
    private static String introductionToB(World world) {
        Client asking = Actors.clientOf("Iris Intro", "Intro BV", true);
        return IntroductionFixtures.introductionFrom(asking.actor(), world.b().profileId());
    }

    private static void shared(Map<String, Target> targets, String name, Function<World, Scene> make) {
        targets.put(name, new Target(false, make));
    }

    private static void fresh(Map<String, Target> targets, String name, Function<World, Scene> make) {
        targets.put(name + ", fresh", new Target(true, make));
    }

    private static Scene own(Anonymous posted) {
        return Scene.of(posted.id(), posted.manageToken());
    }

    /** The valid body of each operation that takes one, as this caller must send it. */
    static final Map<String, BiFunction<String, Scene, Function<RequestSpecification, RequestSpecification>>> BODIES =
            bodies();

    private static Map<String, BiFunction<String, Scene, Function<RequestSpecification, RequestSpecification>>>
            bodies() {
        Map<String, BiFunction<String, Scene, Function<RequestSpecification, RequestSpecification>>> bodies =
                new HashMap<>();
        bodies.put("verifyAssignment", (caller, scene) -> json(Map.of("token", scene.link())));
        bodies.put("verifyResponse", (caller, scene) -> json(Map.of("token", scene.link())));
        bodies.put("postAssignment", (caller, scene) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("assignment", AssignmentFixtures.assignment("Interim adviseur"));
            if (WITHOUT_LOGIN.contains(caller)) {
                body.put("poster", AssignmentFixtures.poster("Vera", AssignmentFixtures.uniqueEmail("post")));
            }
            return json(body);
        });
        bodies.put(
                "respondToAssignment",
                (caller, scene) -> request -> ResponseFixtures.asResponse(
                        request,
                        WITHOUT_LOGIN.contains(caller)
                                ? ResponseFixtures.visitorResponse(
                                        scene.id(), AssignmentFixtures.uniqueEmail("respond"))
                                : ResponseFixtures.validResponse(scene.id())));
        bodies.put(
                "updateManagedAssignment",
                (caller, scene) -> json(AssignmentFixtures.assignment("Interim projectleider")));
        bodies.put("rejectAssignment", (caller, scene) -> json(Map.of("reason", "Graag het tarief toelichten.")));
        bodies.put(
                "reportAssignmentProgress",
                (caller, scene) -> json(Map.of("status", "SELECTING", "message", "Gesprekken volgende week.")));
        bodies.put("setResponseStatus", (caller, scene) -> json(Map.of("status", "IN_REVIEW")));
        bodies.put(
                "placeRespondent",
                (caller, scene) -> json(Map.of(
                        "startDate",
                        LocalDate.now().plusMonths(1).toString(),
                        "endDate",
                        LocalDate.now().plusMonths(4).toString())));
        bodies.put("updateMyPreferences", (caller, scene) -> json(Map.of("language", "nl")));
        bodies.put(
                "saveMyProfile",
                (caller, scene) ->
                        json(Actors.profileBody("Petra A", caller.equals("professionalB") ? "ANONYMOUS" : "MEMBERS")));
        bodies.put(
                "uploadMyCv",
                (caller, scene) -> request -> request.multiPart(
                        "file", "cv.pdf", nl.werkbank.testing.Files.pdf("matrix"), "application/pdf"));
        bodies.put(
                "registerOrganisation",
                (caller, scene) -> json(Map.of("name", "Nog een BV", "kvkNumber", Actors.randomKvk())));
        bodies.put(
                "fileMyPrivacyRequest",
                (caller, scene) -> json(Map.of("type", "OBJECTION", "details", "Geen nieuwsbrieven meer.")));
        bodies.put(
                "extendPrivacyRequest",
                (caller, scene) -> json(Map.of("months", 1, "reason", "Veel verzoeken tegelijk.")));
        bodies.put("rejectPrivacyRequest", (caller, scene) -> json(Map.of("reason", "Dit valt buiten de AVG.")));
        bodies.put("previewContactRequest", (caller, scene) -> json(IntroductionFixtures.contactRequest()));
        bodies.put("sendContactRequest", (caller, scene) -> json(IntroductionFixtures.contactRequest()));
        bodies.put("askForIntroduction", (caller, scene) -> json(IntroductionFixtures.introduction()));
        bodies.put("inviteColleague", (caller, scene) -> json(Map.of("email", AssignmentFixtures.uniqueEmail("inv"))));
        bodies.put("acceptInvitation", (caller, scene) -> json(Map.of("token", scene.link())));
        bodies.put("askToJoinOrganisation", (caller, scene) -> json(Map.of("kvkNumber", scene.link())));
        bodies.put("recordBreach", (caller, scene) -> json(breachBody()));
        bodies.put(
                "updateRetentionPolicy",
                (caller, scene) -> json(Map.of("period", "P30D", "action", "ANONYMISE", "enabled", true)));
        bodies.put("runRetention", (caller, scene) -> json(Map.of("dryRun", true)));
        bodies.put("placeLegalHold", (caller, scene) -> json(legalHoldBody()));
        bodies.put("releaseLegalHold", (caller, scene) -> json(Map.of("reason", "Het geschil is geschikt.")));
        bodies.put(
                "askPrivacyRequestByEmail",
                (caller, scene) -> json(Map.of(
                        "email",
                        AssignmentFixtures.uniqueEmail("ask"),
                        "type",
                        "OBJECTION",
                        "details",
                        "Geen bellen.")));
        bodies.put("confirmPrivacyRequestByEmail", (caller, scene) -> json(Map.of("token", scene.link())));
        bodies.put(
                "getPrivacyRequestByToken",
                (caller, scene) -> request -> request.header("Werkbank-Request-Token", scene.link()));
        bodies.put(
                "downloadPrivacyExportByToken",
                (caller, scene) -> request -> request.header("Werkbank-Request-Token", scene.link()));
        bodies.put("updateBreach", (caller, scene) -> json(breachBody()));
        bodies.put(
                "notifyBreachSubjects",
                (caller, scene) -> json(Map.of(
                        "subjectIds",
                        List.of(UUID.randomUUID().toString()),
                        "explanation",
                        Map.of(
                                "nl", "Een lijst met namen is per ongeluk gedeeld.",
                                "en", "A list of names was shared by mistake."))));
        bodies.put("decideMyConsent", (caller, scene) -> json(Map.of("purpose", "profiling", "decision", "GRANT")));
        bodies.put(
                "publishPrivacyNotice",
                (caller, scene) -> json(Map.of(
                        "textNl", "Onze privacyverklaring.", "textEn", "Our privacy notice.", "material", false)));
        bodies.put(
                "unsubscribe",
                (caller, scene) ->
                        request -> request.contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click"));
        bodies.put("saveMyJobAlert", (caller, scene) -> json(Map.of("skills", List.of("projectmanagement"))));
        bodies.put(
                "subscribeToJobAlerts",
                (caller, scene) ->
                        json(Map.of("email", AssignmentFixtures.uniqueEmail("alert"), "criteria", Map.of())));
        bodies.put("confirmJobAlert", (caller, scene) -> json(Map.of("token", scene.link())));
        return bodies;
    }

    private static Map<String, Object> breachBody() {
        return Map.of(
                "whatHappened",
                "Een export met namen is naar de verkeerde ontvanger gemaild.",
                "discoveredAt",
                Instant.now().minusSeconds(3600).toString(),
                "dataCategories",
                List.of("NAME"),
                "approximateSubjects",
                12,
                "likelyConsequences",
                "Ongewenste mail.",
                "measuresTaken",
                "Ontvanger heeft de export verwijderd.",
                "highRisk",
                true,
                "decision",
                "PENDING");
    }

    private static Function<RequestSpecification, RequestSpecification> json(Object body) {
        return request -> request.contentType(ContentType.JSON).body(body);
    }

    // --- the table and the contract -------------------------------------------------------

    static List<Row> rows() {
        String text;
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("|") || line.startsWith("|-")) {
                continue;
            }
            List<String> cells = Stream.of(
                            line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip)
                    .toList();
            if (header == null) {
                header = cells;
                List<String> expectedHeader = new ArrayList<>(List.of("operation", "method", "path", "target"));
                expectedHeader.addAll(CALLERS);
                assertThat(header).as("the columns of " + TABLE).isEqualTo(expectedHeader);
                continue;
            }
            assertThat(cells).as(line).hasSize(header.size());
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                expected.put(CALLERS.get(i), Integer.parseInt(cells.get(4 + i)));
            }
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), expected));
        }
        return rows;
    }

    /** operationId → "METHOD path", from the contract at the repository root. */
    static Map<String, String> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(CONTRACT))
                .path("paths");
        Map<String, String> operations = new HashMap<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode id = method.getValue().get("operationId");
                    if (id != null) {
                        operations.put(id.asText(), method.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        return operations;
    }

    static Set<String> operationsWithBody() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(CONTRACT))
                .path("paths");
        Set<String> withBody = new HashSet<>();
        paths.forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId") && operation.has("requestBody")) {
                withBody.add(operation.get("operationId").asText());
            }
        }));
        return withBody;
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() throws IOException {
        Map<String, String> operations = operations();
        List<Row> rows = rows();
        Set<String> inTable = new TreeSet<>();
        rows.forEach(row -> inTable.add(row.operationId()));

        Set<String> withoutRow = new TreeSet<>(operations.keySet());
        withoutRow.removeAll(inTable);
        assertThat(withoutRow)
                .as("operations of openapi.yaml without a row in " + TABLE)
                .isEmpty();
        Set<String> unknown = new TreeSet<>(inTable);
        unknown.removeAll(operations.keySet());
        assertThat(unknown).as("rows of " + TABLE + " naming no operation").isEmpty();

        Set<String> seen = new HashSet<>();
        Map<String, Target> targets = targets();
        for (Row row : rows) {
            assertThat(row.method() + " " + row.path())
                    .as("method and path of " + row.operationId())
                    .isEqualTo(operations.get(row.operationId()));
            assertThat(targets).as("target of " + row.operationId()).containsKey(row.target());
            assertThat(seen.add(row.operationId() + " " + row.target()))
                    .as("one row per operation and target: " + row.operationId() + " " + row.target())
                    .isTrue();
        }
        Set<String> bodiless = new TreeSet<>(operationsWithBody());
        bodiless.removeAll(BODIES.keySet());
        assertThat(bodiless)
                .as("operations that take a body but have none in BODIES")
                .isEmpty();
    }

    /**
     * Whatever the table says, an outsider to an assignment (not its organisation, not its
     * manage-token holder, not an admin), to a hidden profile or to someone's response learns
     * nothing: 404 or 401. A machine client is refused the caller's own resources (/me) with 403
     * whatever the id, as it has no account at all.
     */
    @Test
    void outsidersNeverSucceedNorLearnThatTheObjectExists() {
        for (Row row : rows()) {
            Set<String> insiders = insiders(row);
            if (insiders == null) {
                continue;
            }
            row.expected().forEach((caller, status) -> {
                boolean accountless = caller.equals("jobBoard") && row.path().startsWith("/api/v1/me/");
                if (!insiders.contains(caller) && !accountless) {
                    assertThat(status).as(row.name(caller)).isIn(401, 404);
                }
            });
        }
    }

    /** Who may know the row's object exists; null when it is not private. */
    private static Set<String> insiders(Row row) {
        if (row.path().startsWith("/api/v1/managed-assignments/")) {
            boolean ofX = row.target().startsWith("X's") || row.target().startsWith("A's response to X's");
            return ofX ? Set.of("clientX", "admin") : Set.of("manageToken", "admin");
        }
        if (row.target().equals("a hidden profile")) {
            return Set.of("privacyOfficer", "admin");
        }
        if (row.path().startsWith("/api/v1/me/requests/")) {
            return Set.of("professionalA");
        }
        if (row.path().startsWith("/api/v1/me/responses/")) {
            return Set.of("professionalA");
        }
        return null;
    }

    /** What the statuses cannot show: one professional's data never reaches another. */
    @Test
    void professionalBNeitherSeesNorChangesA() {
        Professional a = Actors.professionalWithProfile("Petra A", "MEMBERS", true);
        Professional b = Actors.professionalWithProfile("Bram B", "MEMBERS", true);
        String bProfile = b.spec()
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(bProfile).isEqualTo(b.profileId()).isNotEqualTo(a.profileId());

        b.spec()
                .contentType(ContentType.JSON)
                .body(Actors.profileBody("Bram B", "HIDDEN"))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200);
        assertThat(a.spec().get("/api/v1/me/profile").then().extract().<String>path("visibility"))
                .isEqualTo("MEMBERS");

        Actors.clientOf("Xander X", "X Interim BV", true)
                .spec()
                .post("/api/v1/profiles/" + a.profileId() + "/contact")
                .then()
                .statusCode(200);
        assertThat(b.spec().get("/api/v1/me/disclosures").then().extract().<List<?>>path("items"))
                .isEmpty();
        assertThat(a.spec().get("/api/v1/me/disclosures").then().extract().<List<?>>path("items"))
                .hasSize(1);
    }

    // --- the cells ------------------------------------------------------------------------

    /** The cells queue hundreds of mails; the next test class should find an empty outbox. */
    @AfterEach
    void sendWhatTheCellsQueued() {
        Mailbox.sendAll();
    }

    @TestFactory
    Stream<DynamicTest> cells() {
        World world = World.make();
        Map<String, Target> targets = targets();
        Map<String, Scene> sharedScenes = new HashMap<>();
        return rows().stream()
                .flatMap(row -> CALLERS.stream()
                        .map(caller -> dynamicTest(row.name(caller), () -> {
                            Target target = targets.get(row.target());
                            int expected = row.expected().get(caller);
                            Supplier<Scene> make = () -> target.make().apply(world);
                            Scene scene = target.fresh() && expected < 300
                                    ? make.get()
                                    : sharedScenes.computeIfAbsent(row.target(), name -> make.get());
                            cell(world, row, caller, scene);
                        })));
    }

    private static void cell(World world, Row row, String caller, Scene scene) {
        // A redirect (T-2's mail links) is the answer under test, not something to follow.
        RequestSpecification request = world.as(caller, scene).redirects().follow(false);
        var body = BODIES.get(row.operationId());
        if (body != null) {
            request = body.apply(caller, scene).apply(request);
        }
        String path = row.path();
        if (scene.id() != null) {
            path = path.replace("{id}", scene.id()).replace("{category}", scene.id());
        }
        if (scene.responseId() != null) {
            path = path.replace("{responseId}", scene.responseId());
        }
        if (scene.link() != null) {
            path = path.replace("{link}", scene.link());
        }
        Response response = request.when().request(row.method(), path);
        int expected = row.expected().get(caller);
        assertThat(response.statusCode())
                .as(row.name(caller) + ": " + response.asString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (row.operationId().equals("deleteMyCv") && expected == 204) {
            Actors.uploadCv(world.callers().get(caller), "again");
        }
        if (row.operationId().equals("closeMyAccount") && expected == 200) {
            // D-4: closing hides the profile; the shared callers keep theirs for the rows after this one
            world.callers()
                    .get(caller)
                    .spec()
                    .delete("/api/v1/me/closure")
                    .then()
                    .statusCode(204);
            if (caller.equals("professionalA")) {
                Actors.saveProfile(world.callers().get(caller), Actors.profileBody("Petra A", "MEMBERS"));
            }
            if (caller.equals("professionalB")) {
                Actors.saveProfile(world.callers().get(caller), Actors.profileBody("Bram B", "MEMBERS"));
            }
        }
    }
}
