package nl.werkbank.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Docx;
import nl.werkbank.testing.HostileDocuments;
import nl.werkbank.testing.Pdfs;
import nl.werkbank.testing.ResponseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * S-4, P-3: every hostile document is refused by both upload endpoints (a professional's CV and a
 * visitor's response with a CV) with a 400 problem naming the field and a stable code, and nothing
 * is stored; clean PDF and Word CVs, links included, still pass.
 */
@QuarkusTest
class DocumentUploadTest {

    private static final String PROBLEM = "application/problem+json";
    static final List<HostileDocuments.Case> REFUSED = HostileDocuments.refused();
    private static String assignmentId;

    @Inject
    EntityManager entityManager;

    private Actor professional;

    @BeforeEach
    void professionalAndAssignment() {
        professional = Actors.professional("Petra Upload");
        Actors.saveProfile(professional, Actors.profileBody("Petra Upload", "MEMBERS"));
        if (assignmentId == null) {
            assignmentId = AssignmentFixtures.publishedAnonymously().id();
        }
    }

    @ParameterizedTest(name = "CV upload: {0}")
    @FieldSource("REFUSED")
    void theCvUploadRefuses(HostileDocuments.Case refused) {
        uploadCv(refused.fileName(), refused.content().get())
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo(refused.code()));
        assertThat(storedCvs()).isZero();
    }

    @ParameterizedTest(name = "visitor's response: {0}")
    @FieldSource("REFUSED")
    void aVisitorsResponseRefuses(HostileDocuments.Case refused) {
        String email = AssignmentFixtures.uniqueEmail("hostile");
        respondAsVisitor(email, refused.fileName(), refused.content().get())
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("cv"))
                .body("errors[0].code", equalTo(refused.code()));
        assertThat(responsesFrom(email)).isZero();
    }

    @Test
    void theReasonIsGivenInTheCallersLanguage() {
        professional
                .spec()
                .header("Accept-Language", "nl")
                .multiPart("file", "cv.pdf", Pdfs.withOpenActionScript(), "application/pdf")
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("bevat JavaScript"));
        professional
                .spec()
                .header("Accept-Language", "en")
                .multiPart("file", "cv.docx", Docx.withDdeField(), "application/octet-stream")
                .post("/api/v1/me/profile/cv")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("contains a field that starts a program (DDE)"));
    }

    @Test
    void cleanCvsWithLinksPassBothEndpoints() {
        uploadCv("cv.pdf", Pdfs.cv("schoon")).statusCode(200).body("contentType", equalTo("application/pdf"));
        uploadCv("cv.docx", Docx.clean())
                .statusCode(200)
                .body("contentType", equalTo(DocumentContent.Kind.DOCX.contentType));
        respondAsVisitor(AssignmentFixtures.uniqueEmail("schoon"), "cv.pdf", Pdfs.cv("schoon"))
                .statusCode(202);
        respondAsVisitor(AssignmentFixtures.uniqueEmail("schoon"), "cv.docx", Docx.clean())
                .statusCode(202);
    }

    private io.restassured.response.ValidatableResponse uploadCv(String name, byte[] content) {
        return professional
                .spec()
                .multiPart("file", name, content, "application/octet-stream")
                .when()
                .post("/api/v1/me/profile/cv")
                .then();
    }

    private io.restassured.response.ValidatableResponse respondAsVisitor(String email, String name, byte[] content) {
        return ResponseFixtures.asResponse(given(), ResponseFixtures.visitorResponse(assignmentId, email))
                .multiPart("cv", name, content, "application/octet-stream")
                .when()
                .post("/api/v1/assignments/" + assignmentId + "/responses")
                .then();
    }

    private long storedCvs() {
        return count(
                "SELECT count(*) FROM cv_file c JOIN account a ON a.subject_id = c.subject_id WHERE a.oidc_subject = :v",
                professional.oidcSubject());
    }

    private long responsesFrom(String email) {
        return count("SELECT count(*) FROM response WHERE respondent_email = :v", email);
    }

    private long count(String sql, String value) {
        return ((Number) entityManager
                        .createNativeQuery(sql)
                        .setParameter("v", value)
                        .getSingleResult())
                .longValue();
    }
}
