package nl.werkbank.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** P-3: the file's bytes decide what it is; everything else is refused and nothing is stored. */
@QuarkusTest
class CvUploadTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    EntityManager entityManager;

    private Actor professional;

    @BeforeEach
    void professionalWithProfile() {
        professional = Actors.professional("Petra Upload");
        Actors.saveProfile(professional, Actors.profileBody("Petra Upload", "MEMBERS"));
    }

    private io.restassured.response.ValidatableResponse upload(String name, byte[] content, String contentType) {
        return professional
                .spec()
                .multiPart("file", name, content, contentType)
                .when()
                .post("/api/v1/me/profile/cv")
                .then();
    }

    @Test
    void aRenamedExecutableIsRefused() {
        upload("cv.pdf", Files.executable(), "application/pdf")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        assertNothingStored();
    }

    @Test
    void somethingElseSentAsPdfIsRefused() {
        upload("cv.pdf", Files.html(), "application/pdf")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        assertNothingStored();
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() {
        upload("cv.docx", Files.plainZip(), DOCX).statusCode(400).contentType(PROBLEM);
        assertNothingStored();
    }

    @Test
    void aWordDocumentWithMacrosIsRefused() {
        upload("cv.docx", Files.docxWithMacros(), DOCX).statusCode(400).contentType(PROBLEM);
        assertNothingStored();
    }

    @Test
    void anOversizedFileIsRefused() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(Files.pdf("big"), 0, big, 0, 10);
        upload("cv.pdf", big, "application/pdf")
                .statusCode(413)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        assertNothingStored();
    }

    @Test
    void anEmptyFileIsRefused() {
        upload("cv.pdf", new byte[0], "application/pdf")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        assertNothingStored();
    }

    @Test
    void aMissingFilePartNamesTheField() {
        professional
                .spec()
                .multiPart("other", "x")
                .when()
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        assertNothingStored();
    }

    @Test
    void aPdfSentWithAWrongTypeAndNameIsStoredAsWhatItIs() {
        upload("../../etc/mijn cv.png", Files.pdf("real"), "image/png")
                .statusCode(200)
                .body("contentType", equalTo("application/pdf"))
                .body("fileName", equalTo("mijn cv.pdf"));
        professional
                .spec()
                .get("/api/v1/me/profile/cv")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void aWordDocumentIsAccepted() {
        upload("cv.docx", Files.docx(), "application/octet-stream")
                .statusCode(200)
                .body("contentType", equalTo(DOCX));
    }

    @Test
    void aNewUploadReplacesTheOldOne() {
        upload("first.pdf", Files.pdf("first"), "application/pdf").statusCode(200);
        upload("second.pdf", Files.pdf("second"), "application/pdf").statusCode(200);

        assertThat(storedCount()).isEqualTo(1);
        byte[] downloaded = professional
                .spec()
                .get("/api/v1/me/profile/cv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(downloaded, StandardCharsets.US_ASCII))
                .contains("second")
                .doesNotContain("first");
        professional.spec().get("/api/v1/me/profile").then().body("cv.fileName", equalTo("second.pdf"));
    }

    @Test
    void deletingRemovesIt() {
        upload("cv.pdf", Files.pdf("gone"), "application/pdf").statusCode(200);
        professional.spec().delete("/api/v1/me/profile/cv").then().statusCode(204);
        assertNothingStored();
        professional
                .spec()
                .delete("/api/v1/me/profile/cv")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    private void assertNothingStored() {
        assertThat(storedCount()).isZero();
        professional.spec().get("/api/v1/me/profile/cv").then().statusCode(404).contentType(PROBLEM);
    }

    private long storedCount() {
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM cv_file c JOIN account a ON a.subject_id = c.subject_id WHERE a.oidc_subject = :s")
                        .setParameter("s", professional.oidcSubject())
                        .getSingleResult())
                .longValue();
    }
}
