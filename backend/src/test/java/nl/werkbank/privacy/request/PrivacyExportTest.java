package nl.werkbank.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Retention;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D-3: the export holds everything about the subject, encrypted, and only its owner gets it. */
@QuarkusTest
class PrivacyExportTest {

    private static final String REQUESTS = "/api/v1/me/requests";

    @Inject
    MockMailbox mailbox;

    @TempDir
    Path dir;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theArchiveHoldsEveryMarkerAndOpensOnlyWithItsPassword() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "petra." + marker + "@example.nl";
        Actor petra = withMail("Petra " + marker, email);
        Map<String, Object> profile = Actors.profileBody("Petra Profiel-" + marker, "MEMBERS");
        profile.put("summary", "Samenvatting-" + marker);
        profile.put("contact", Map.of("email", "contact-" + marker + "@example.nl", "phone", "+31 6 1111 2222"));
        String profileId = Actors.saveProfile(petra, profile);
        Actors.uploadCv(petra, "ProfielCv-" + marker);

        Client x = Actors.clientOf("Xander X", "Ontvanger-" + marker + " BV", true);
        String assignment = AssignmentFixtures.publishedOf(x.actor());
        Map<String, Object> response = ResponseFixtures.validResponse(assignment);
        response.put("motivation", "Motivatie-" + marker);
        ResponseFixtures.asResponse(petra.spec(), response)
                .multiPart("cv", "reactie.pdf", nl.werkbank.testing.Files.pdf("ReactieCv-" + marker), "application/pdf")
                .post("/api/v1/assignments/" + assignment + "/responses")
                .then()
                .statusCode(202);
        x.spec().post("/api/v1/profiles/" + profileId + "/contact").then().statusCode(200);

        JsonPath filed = petra.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"))
                .body("history.event", contains("RECEIVED", "EXPORT_READY", "COMPLETED_AUTOMATICALLY"))
                .extract()
                .jsonPath();
        String id = filed.getString("id");
        String password = filed.getString("exportPassword");
        assertThat(password).hasSize(24);
        assertThat(filed.getString("export.url")).isEqualTo(REQUESTS + "/" + id + "/export");

        petra.spec()
                .get(REQUESTS + "/" + id)
                .then()
                .statusCode(200)
                .body("exportPassword", nullValue())
                .body("export.url", equalTo(REQUESTS + "/" + id + "/export"));

        byte[] archive = petra.spec()
                .get(REQUESTS + "/" + id + "/export")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract()
                .asByteArray();
        Path zip = dir.resolve("export.zip");
        Files.write(zip, archive);
        assertThat(new String(archive, StandardCharsets.ISO_8859_1)).doesNotContain(marker);

        try (ZipFile locked = new ZipFile(zip.toFile())) {
            assertThat(locked.isEncrypted()).isTrue();
            assertThatThrownBy(() -> locked.extractAll(dir.resolve("without").toString()))
                    .isInstanceOf(ZipException.class);
        }
        try (ZipFile wrong = new ZipFile(zip.toFile(), "not-the-password".toCharArray())) {
            assertThatThrownBy(() -> wrong.extractAll(dir.resolve("wrong").toString()))
                    .isInstanceOf(ZipException.class);
        }

        Path opened = dir.resolve("opened");
        List<String> names = new ArrayList<>();
        try (ZipFile unlocked = new ZipFile(zip.toFile(), password.toCharArray())) {
            unlocked.getFileHeaders().stream().map(FileHeader::getFileName).forEach(names::add);
            unlocked.extractAll(opened.toString());
        }
        assertThat(names.getFirst()).isEqualTo("STATEMENT.md");
        assertThat(names).contains("README.md", "data.json");
        assertThat(names.stream().filter(name -> name.startsWith("files/"))).hasSize(2);
        assertThat(String.join("\n", names)).doesNotContain(marker);

        String everything;
        try (Stream<Path> files = Files.walk(opened)) {
            everything = String.join(
                    "\n",
                    files.filter(Files::isRegularFile)
                            .map(file -> {
                                try {
                                    return Files.readString(file, StandardCharsets.ISO_8859_1);
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .toList());
        }
        assertThat(everything)
                .contains(
                        "Petra Profiel-" + marker,
                        "Samenvatting-" + marker,
                        "contact-" + marker + "@example.nl",
                        "ProfielCv-" + marker,
                        "Motivatie-" + marker,
                        "ReactieCv-" + marker,
                        "Ontvanger-" + marker + " BV",
                        email);

        JsonPath data = JsonPath.from(opened.resolve("data.json").toFile());
        assertThat(data.getMap(""))
                .containsKeys(
                        "account", "profile", "responses", "disclosures", "mail", "privacy-requests", "audit-log");
        assertThat(data.getString("responses[0].answers[0].value")).isEqualTo("yes");
        assertThat(data.getString("responses[0].cv"))
                .startsWith("files/responses/")
                .endsWith(".pdf");
        assertThat(data.getList("privacy-requests.requests.id")).contains(id);
        assertThat(data.getList("audit-log.action", String.class))
                .contains("PERSONAL_DATA_DISCLOSED", "PRIVACY_REQUEST_RECEIVED");

        String statement = Files.readString(opened.resolve("STATEMENT.md"));
        assertThat(statement)
                .contains("artikel 15 AVG", "Article 15 GDPR", "Autoriteit Persoonsgegevens")
                .contains("Ontvanger-" + marker + " BV")
                .contains("7 jaar", "7 years", "2 years", "30 days");
        assertThat(Files.readString(opened.resolve("README.md"))).contains("`profile.profile.summary`");

        Mailbox.sendAll();
        List<Mail> mails = Mailbox.to(mailbox, email);
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.spaPathsIn(mails.getFirst())).contains("/my-data/requests/" + id);
        assertThat(mails.getFirst().getText()).doesNotContain(password);
    }

    @Test
    void anotherPersonGetsNothingAndTheArchiveExpiresAfterSevenDays() {
        Actor a = Actors.professional("Anna Aanvrager");
        Actor b = Actors.professional("Bert Buurman");
        String id = a.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "PORTABILITY"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        b.spec().get(REQUESTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        b.spec().get(REQUESTS + "/" + id + "/export").then().statusCode(404);
        assertThat(b.spec().get(REQUESTS).then().statusCode(200).extract().<List<String>>path("items.id"))
                .doesNotContain(id);
        Actors.privacyOfficer()
                .spec()
                .get(REQUESTS + "/" + id + "/export")
                .then()
                .statusCode(404);

        TestClock.advance(Duration.ofDays(7).minusMinutes(1));
        Retention.run();
        a.spec().get(REQUESTS + "/" + id + "/export").then().statusCode(200);

        TestClock.advance(Duration.ofMinutes(2));
        a.spec().get(REQUESTS + "/" + id + "/export").then().statusCode(404);
        a.spec().get(REQUESTS + "/" + id).then().body("export", nullValue());
        Retention.run();
        a.spec()
                .get(REQUESTS + "/" + id)
                .then()
                .body("export", nullValue())
                .body("history.event[-1]", equalTo("EXPORT_EXPIRED"));
    }

    @Test
    void aRetriedRequestIsFiledOnceAndTheReplayHoldsNoPassword() {
        Actor a = Actors.professional("Rita Retry");
        String key = UUID.randomUUID().toString();
        JsonPath first = a.spec()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(first.getString("exportPassword")).isNotBlank();
        a.spec()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")))
                .body("exportPassword", nullValue());
        assertThat(a.spec().get(REQUESTS).then().extract().<List<String>>path("items.id"))
                .containsExactly(first.getString("id"));
    }

    /** D-3: a staff member's export shows what they did, without the ids of the people they acted on. */
    @Test
    void aStaffMembersExportHoldsNoIdOfThePeopleTheyActedOn() throws IOException {
        Actor requester = Actors.professional("Quinten Queue");
        String othersRequest = requester
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String requesterSubject =
                requester.spec().get("/api/v1/me").then().extract().path("subjectId");
        Actor officer = Actors.person("Olivia Officer", Role.PRIVACY_OFFICER);
        officer.spec()
                .post("/api/v1/admin/privacy-requests/" + othersRequest + "/completion")
                .then()
                .statusCode(200);

        JsonPath filed = JsonPath.from(officer.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .extract()
                .asString());
        byte[] archive = officer.spec()
                .get(REQUESTS + "/" + filed.getString("id") + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Path zip = dir.resolve("staff.zip");
        Files.write(zip, archive);
        Path opened = dir.resolve("staff");
        try (ZipFile unlocked =
                new ZipFile(zip.toFile(), filed.getString("exportPassword").toCharArray())) {
            unlocked.extractAll(opened.toString());
        }

        String data = Files.readString(opened.resolve("data.json"));
        assertThat(data).doesNotContain(othersRequest).doesNotContain(requesterSubject);
        JsonPath audit = JsonPath.from(data);
        assertThat(audit.getList("'audit-log'.findAll { it.relation == 'BY_YOU' }.action", String.class))
                .contains("PRIVACY_REQUEST_COMPLETED");
        assertThat(audit.getList("'audit-log'.findAll { it.relation == 'ABOUT_YOU' }.action", String.class))
                .contains("PRIVACY_REQUEST_RECEIVED");
    }

    private static Actor withMail(String name, String email) {
        String subject = "kc-" + UUID.randomUUID();
        return new Actor(subject, name, Tokens.person(subject, name, email, "nl", Role.PROFESSIONAL));
    }
}
