package nl.werkbank.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.werkbank.common.Role;
import nl.werkbank.notification.OutboxSender;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.FeedBoard;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.PublishingClient;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** F-1, F-2, F-4: who may pull, what a pull returns, tombstones, ETags, the XML variant and the pull log. */
@QuarkusTest
class FeedTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender outbox;

    private static String board() {
        return Tokens.service("board-" + UUID.randomUUID(), Role.FEED_READER);
    }

    private Set<String> publishedNow() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager
                    .createNativeQuery("SELECT id FROM assignment WHERE status = 'PUBLISHED'", UUID.class)
                    .getResultList();
            Set<String> set = new HashSet<>();
            ids.forEach(id -> set.add(id.toString()));
            return set;
        });
    }

    /** What an erasure does to an assignment whatever code does it: the row goes. */
    private void erase(String id) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("DELETE FROM assignment WHERE id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
    }

    @Test
    void onlyJobBoardsWithFeedReaderPull() {
        given().get("/api/v1/feed/assignments").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/feed/assignments.xml").then().statusCode(401);
        Actors.person("Fenna Feed", Role.FEED_READER)
                .spec()
                .get("/api/v1/feed/assignments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Actors.admin().spec().get("/api/v1/feed/assignments").then().statusCode(403);
        Actors.professional("Piet")
                .spec()
                .get("/api/v1/feed/assignments.xml")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.service("no-role-board"))
                .get("/api/v1/feed/assignments")
                .then()
                .statusCode(403);
        given().auth().oauth2(board()).get("/api/v1/feed/assignments").then().statusCode(200);
    }

    @Test
    void aBoardThatFollowsTheCursorsHoldsExactlyThePublishedSetAndLearnsOfEveryRemoval() {
        PublishingClient poster = new PublishingClient("Feedorg " + UUID.randomUUID(), true);
        String closed = poster.publishNew(AssignmentFixtures.assignment("Wordt gesloten"));
        String archived = poster.publishNew(AssignmentFixtures.assignment("Wordt gearchiveerd"));
        String erased = poster.publishNew(AssignmentFixtures.assignment("Wordt gewist"));
        String stays = poster.publishNew(AssignmentFixtures.assignment("Blijft staan"));
        String neverPublished = poster.draft(AssignmentFixtures.assignment("Nooit gepubliceerd"));

        FeedBoard board = new FeedBoard(board());
        board.catchUp(7);
        assertThat(board.replica().keySet()).isEqualTo(publishedNow()).contains(closed, archived, erased, stays);
        assertThat(board.replica()).doesNotContainKey(neverPublished);

        poster.close(closed);
        poster.close(archived);
        poster.archive(archived);
        erase(erased);
        JsonPath changes = board.pull(100);
        assertThat(changes.getBoolean("hasMore")).isFalse();
        Map<String, Object> tombstone = item(changes, closed);
        assertThat(tombstone).containsEntry("status", "REMOVED").doesNotContainKey("jobPosting");
        assertThat(item(changes, archived)).containsEntry("status", "REMOVED");
        assertThat(item(changes, erased)).containsEntry("status", "REMOVED").doesNotContainKey("jobPosting");
        assertThat(board.replica().keySet()).isEqualTo(publishedNow()).contains(stays);

        JsonPath nothingNew = board.pull(100);
        assertThat(nothingNew.getList("items")).isEmpty();
        assertThat(nothingNew.getString("nextCursor"))
                .as("the last page still gives a cursor to poll with")
                .isNotBlank();
    }

    private static Map<String, Object> item(JsonPath page, String id) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream()
                .filter(i -> id.equals(i.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item for " + id));
    }

    @Test
    void theHiringOrganisationIsNamedOnlyWhenItChoseSoAndIsVerified() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PublishingClient verified = new PublishingClient("Verified " + suffix, true);
        PublishingClient unverified = new PublishingClient("Unverified " + suffix, false);
        Map<String, Object> named = AssignmentFixtures.assignment("Genoemd");
        named.put("nameOrganisation", true);
        String namedVerified = verified.publishNew(named);
        String notNamed = verified.publishNew(AssignmentFixtures.assignment("Niet genoemd"));
        String namedUnverified = unverified.publishNew(named);

        FeedBoard board = new FeedBoard(board());
        board.catchUp(100);
        assertThat(organisation(board, namedVerified)).isEqualTo("Verified " + suffix);
        assertThat(organisation(board, notNamed)).isEqualTo("Confidential");
        assertThat(organisation(board, namedUnverified)).isEqualTo("Confidential");

        // Verifying the organisation changes its JobPostings: the feed sends them again.
        Actors.admin()
                .spec()
                .post("/api/v1/organisations/" + unverified.organisationId() + "/verification")
                .then()
                .statusCode(200);
        JsonPath changes = board.pull(100);
        assertThat(changes.getList("items.id", String.class)).containsExactly(namedUnverified);
        assertThat(organisation(board, namedUnverified)).isEqualTo("Unverified " + suffix);
    }

    @SuppressWarnings("unchecked")
    private static String organisation(FeedBoard board, String id) {
        return ((Map<String, Object>) board.replica().get(id).get("hiringOrganization"))
                .get("name")
                .toString();
    }

    @Test
    void everyJobPostingHasTheRequiredAndRecommendedFieldsWithTheRightTypes() {
        PublishingClient poster = new PublishingClient("Fields " + UUID.randomUUID(), true);
        Map<String, Object> remote = AssignmentFixtures.assignment("Op afstand");
        remote.put("remote", "REMOTE");
        Map<String, Object> onsiteWithoutRate = AssignmentFixtures.assignment("Op locatie zonder tarief");
        onsiteWithoutRate.put("remote", "ONSITE");
        onsiteWithoutRate.remove("rateMinCents");
        onsiteWithoutRate.remove("rateMaxCents");
        Map<String, Object> onlyMaximum = AssignmentFixtures.assignment("Alleen een maximum");
        onlyMaximum.remove("rateMinCents");
        String remoteId = poster.publishNew(remote);
        String onsiteId = poster.publishNew(onsiteWithoutRate);
        String maximumId = poster.publishNew(onlyMaximum);

        FeedBoard board = new FeedBoard(board());
        board.catchUp(100);
        for (Map<String, Object> posting : board.replica().values()) {
            JobPostingShape.assertValid(posting);
        }
        Map<String, Object> remotePosting = board.replica().get(remoteId);
        assertThat(remotePosting)
                .containsEntry("jobLocationType", "TELECOMMUTE")
                .doesNotContainKey("jobLocation");
        assertThat(remotePosting.get("applicantLocationRequirements"))
                .isEqualTo(Map.of("@type", "Country", "name", "NL"));
        assertThat(board.replica().get(onsiteId))
                .doesNotContainKey("baseSalary")
                .doesNotContainKey("jobLocationType")
                .containsKey("jobLocation");
        assertThat(board.replica().get(maximumId).toString())
                .contains("maxValue=110.0")
                .doesNotContain("minValue");
    }

    @Test
    void aMatchingETagIsAnswered304AndAChangeGivesANewTag() {
        PublishingClient poster = new PublishingClient("Etag " + UUID.randomUUID(), true);
        poster.publishNew(AssignmentFixtures.assignment("Voor de ETag"));
        String token = board();
        FeedBoard board = new FeedBoard(token);
        board.catchUp(100);
        String cursor = board.cursor();

        Response first =
                given().auth().oauth2(token).queryParam("cursor", cursor).get("/api/v1/feed/assignments");
        first.then().statusCode(200);
        String tag = first.header("ETag");
        assertThat(tag).startsWith("\"").doesNotStartWith("W/");
        given().auth()
                .oauth2(token)
                .queryParam("cursor", cursor)
                .header("If-None-Match", tag)
                .get("/api/v1/feed/assignments")
                .then()
                .statusCode(304)
                .header("ETag", tag);

        String added = poster.publishNew(AssignmentFixtures.assignment("Nieuw na de ETag"));
        Response changed = given().auth()
                .oauth2(token)
                .queryParam("cursor", cursor)
                .header("If-None-Match", tag)
                .get("/api/v1/feed/assignments");
        changed.then().statusCode(200).body("items[0].id", equalTo(added));
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aCursorTheFeedDidNotGiveIsRefused() {
        given().auth()
                .oauth2(board())
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/feed/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().auth()
                .oauth2(board())
                .queryParam("limit", 101)
                .get("/api/v1/feed/assignments")
                .then()
                .statusCode(400);
    }

    @Test
    void noPosterOrRespondentValueReachesTheFeedInJsonOrXml() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> anonymousPoster = Map.of(
                "name", "Posterfeed" + marker,
                "organisation", "Posterorg" + marker,
                "email", "poster." + marker + "@example.nl",
                "phone", "+31 6 4444 " + Math.abs(marker.hashCode() % 10000));
        Map<String, Object> assignment = AssignmentFixtures.assignment("Canary feed " + marker);
        assignment.put("questions", List.of());
        assertThat(AssignmentFixtures.postAnonymously(assignment, anonymousPoster))
                .isEqualTo(202);
        outbox.sendDue();
        String token = Mailbox.tokenIn(Mailbox.to(mailbox, (String) anonymousPoster.get("email"))
                        .get(0))
                .orElseThrow();
        String anonymousId = given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/assignment-verifications")
                .then()
                .statusCode(200)
                .extract()
                .path("assignmentId");
        Actors.admin()
                .spec()
                .post("/api/v1/managed-assignments/" + anonymousId + "/approve")
                .then()
                .statusCode(200);

        PublishingClient organisation = new PublishingClient("Hiddenorg" + marker, true);
        String orgAssignment = organisation.publishNew(assignment);

        Map<String, Object> respondent = Map.of(
                "name", "Respondentfeed" + marker,
                "email", "respondent." + marker + "@example.nl",
                "phone", "+31 6 3333 " + Math.abs(marker.hashCode() % 10000));
        for (String id : List.of(anonymousId, orgAssignment)) {
            given().multiPart(
                            "response",
                            "response.json",
                            json(Map.of(
                                    "motivation",
                                    "Motivatie" + marker,
                                    "answers",
                                    List.of(),
                                    "thisAssignmentOnly",
                                    false,
                                    "useProfileCv",
                                    false,
                                    "respondent",
                                    respondent)),
                            "application/json")
                    .post("/api/v1/assignments/" + id + "/responses")
                    .then()
                    .statusCode(202);
        }

        String boardToken = board();
        FeedBoard board = new FeedBoard(boardToken);
        List<String> pages = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = board.pull(100);
            pages.add(page.prettify());
            more = page.getBoolean("hasMore");
        }
        String xml = given().auth()
                .oauth2(boardToken)
                .get("/api/v1/feed/assignments.xml")
                .then()
                .statusCode(200)
                .contentType("application/xml")
                .extract()
                .asString();
        assertThat(board.replica()).containsKeys(anonymousId, orgAssignment);
        assertThat(xml).contains("Canary feed " + marker);
        List<String> personal = new ArrayList<>();
        anonymousPoster.values().forEach(v -> personal.add(v.toString()));
        respondent.values().forEach(v -> personal.add(v.toString()));
        personal.addAll(List.of(
                "Hiddenorg" + marker,
                "Motivatie" + marker,
                organisation.client().name(),
                organisation.client().oidcSubject()));
        for (String body : pages) {
            for (String value : personal) {
                assertThat(body).doesNotContain(value);
            }
        }
        for (String value : personal) {
            assertThat(xml).doesNotContain(value);
        }
    }

    @Test
    void theXmlFeedListsEveryPublishedAssignmentWithIndeedElements() throws Exception {
        PublishingClient poster = new PublishingClient("Xmlorg " + UUID.randomUUID(), true);
        Map<String, Object> named = AssignmentFixtures.assignment("XML <opdracht> & meer");
        named.put("nameOrganisation", true);
        String id = poster.publishNew(named);
        String closed = poster.publishNew(AssignmentFixtures.assignment("XML gesloten"));
        poster.close(closed);

        byte[] body = given().auth()
                .oauth2(board())
                .get("/api/v1/feed/assignments.xml")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("source");
        NodeList jobs = xml.getElementsByTagName("job");
        Set<String> references = new HashSet<>();
        Element ours = null;
        for (int i = 0; i < jobs.getLength(); i++) {
            Element job = (Element) jobs.item(i);
            String reference = text(job, "referencenumber");
            references.add(reference);
            if (reference.equals(id)) {
                ours = job;
            }
        }
        assertThat(references).isEqualTo(publishedNow());
        assertThat(ours).isNotNull();
        assertThat(text(ours, "title")).isEqualTo("XML <opdracht> & meer");
        assertThat(text(ours, "company")).startsWith("Xmlorg ");
        assertThat(text(ours, "url")).endsWith("/jobs/" + id);
        assertThat(text(ours, "country")).isEqualTo("NL");
        assertThat(text(ours, "postalcode")).isEqualTo("3511");
        assertThat(text(ours, "salary")).isEqualTo("EUR 90.00 - EUR 110.00 per hour");
        for (String element : List.of("date", "city", "description", "jobtype")) {
            assertThat(ours.getElementsByTagName(element).getLength())
                    .as(element)
                    .isEqualTo(1);
        }
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(closed);
    }

    @Test
    void everyPullIsLoggedPerClientWithoutPersonalData() {
        String clientId = "logged-board-" + UUID.randomUUID();
        String token = Tokens.service(clientId, Role.FEED_READER);
        FeedBoard board = new FeedBoard(token);
        int received = board.catchUp(50);
        given().auth().oauth2(token).get("/api/v1/feed/assignments.xml").then().statusCode(200);

        List<Object[]> log = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery(
                            "SELECT format, item_count FROM feed_pull WHERE client_id = :c ORDER BY pulled_at",
                            Object[].class)
                    .setParameter("c", clientId)
                    .getResultList();
            return rows;
        });
        assertThat(log).hasSize(board.pulls() + 1);
        assertThat(log.stream()
                        .filter(r -> "JSON".equals(r[0]))
                        .mapToInt(r -> ((Number) r[1]).intValue())
                        .sum())
                .isEqualTo(received);
        assertThat(log.get(log.size() - 1)[0]).isEqualTo("XML");
        assertThat(((Number) log.get(log.size() - 1)[1]).intValue())
                .isEqualTo(publishedNow().size());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTombstoneOfAnErasedAssignmentHasNothingButItsId() {
        PublishingClient poster = new PublishingClient("Erase " + UUID.randomUUID(), true);
        String id = poster.publishNew(AssignmentFixtures.assignment("Te wissen"));
        FeedBoard board = new FeedBoard(board());
        board.catchUp(100);
        erase(id);
        JsonPath page = board.pull(100);
        assertThat(page.getList("items")).hasSize(1);
        assertThat(item(page, id).keySet()).containsExactlyInAnyOrder("id", "status", "updatedAt");
    }
}
