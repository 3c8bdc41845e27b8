package nl.werkbank.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.AssignmentFixtures;
import nl.werkbank.testing.Mailbox;
import nl.werkbank.testing.ResponseFixtures;
import nl.werkbank.testing.Subscribers;
import nl.werkbank.testing.TestClock;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D-4: what erasure does besides leaving no residue (ErasureResidueTest), and closing an account. */
@QuarkusTest
class ErasureTest {

    private static final String REQUESTS = "/api/v1/me/requests";

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    RecordingIdentityProvider identityProvider;

    @Inject
    IdentityProviderDeletions deletions;

    @Inject
    SuppressionList suppressionList;

    @AfterEach
    void restore() {
        identityProvider.down(false);
        TestClock.reset();
    }

    private static Actor withMail(String name, String email) {
        String subject = UUID.randomUUID().toString();
        return new Actor(subject, name, Tokens.person(subject, name, email, "nl", Role.PROFESSIONAL));
    }

    private static void erase(Actor subject) {
        subject.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post(REQUESTS)
                .then()
                .statusCode(202)
                .body("status", equalTo("COMPLETED"))
                .body("history.event", org.hamcrest.Matchers.contains("RECEIVED", "COMPLETED_AUTOMATICALLY"));
    }

    @Test
    void erasureCancelsQueuedMailToTheSubjectAndTheQueuedCopyOfTheirResponseToThePoster() {
        Mailbox.sendAll();
        String email = AssignmentFixtures.uniqueEmail("queued");
        Actor quinten = withMail("Quinten Queued", email);
        Actors.saveProfile(quinten, Actors.profileBody("Quinten Queued", "MEMBERS"));
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        String assignment = AssignmentFixtures.publishedOf(x.actor());
        Mailbox.sendAll();
        mailbox.clear();
        Map<String, Object> response = ResponseFixtures.validResponse(assignment);
        response.put("motivation", "Queued motivation of Quinten");
        ResponseFixtures.asResponse(quinten.spec(), response)
                .post("/api/v1/assignments/" + assignment + "/responses")
                .then()
                .statusCode(202);
        assertThat(pendingTemplates()).contains("response-forwarded", "response-copy");

        erase(quinten);
        Mailbox.sendAll();

        assertThat(Mailbox.to(mailbox, email)).isEmpty();
        String posterEmail = x.actor().spec().get("/api/v1/me").then().extract().path("email");
        List<io.quarkus.mailer.Mail> toPoster = Mailbox.to(mailbox, posterEmail);
        assertThat(mailbox.getTotalMessagesSent())
                .as("only the poster hears anything: of the erasure (Art. 19)")
                .isEqualTo(toPoster.size());
        assertThat(toPoster)
                .as("never the cancelled response, nor the erased name")
                .allSatisfy(mail -> assertThat(mail.getText())
                        .doesNotContain("Queued motivation")
                        .doesNotContain("Quinten"));
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery("SELECT status || ' ' || last_error FROM outbox_message"
                                        + " WHERE template = 'response-forwarded' AND body_text LIKE '%erasure%'"
                                        + " AND created_at >= now() - interval '1 hour'")
                                .getResultList()))
                .contains("CANCELLED " + OutboxDataHandlerText.CANCELLED);
    }

    /** The reason a copy is cancelled, as OutboxDataHandler writes it. */
    private static final class OutboxDataHandlerText {
        static final String CANCELLED = "cancelled: it carried personal data of an erased person";
    }

    @Test
    void whenTheIdentityProviderIsDownTheErasureStandsAndTheLoginIsDeletedByARetry() {
        Actor rita = withMail("Rita Retry", AssignmentFixtures.uniqueEmail("retry"));
        Actors.saveProfile(rita, Actors.profileBody("Rita Retry", "MEMBERS"));
        identityProvider.down(true);

        erase(rita);

        rita.spec().get("/api/v1/me").then().statusCode(403);
        assertThat(identityProvider.deleted()).doesNotContain(rita.oidcSubject());
        assertThat(pendingDeletion(rita)).isOne();
        assertThat(deletions.deleteDue()).as("not due before the backoff").isZero();

        TestClock.advance(Duration.ofMinutes(2));
        assertThat(deletions.deleteDue()).as("still down").isZero();
        identityProvider.down(false);
        TestClock.advance(Duration.ofMinutes(3));
        assertThat(deletions.deleteDue()).isOne();

        assertThat(identityProvider.deleted()).containsOnlyOnce(rita.oidcSubject());
        assertThat(pendingDeletion(rita)).isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                        .createNativeQuery("SELECT count(*) FROM audit_entry"
                                                + " WHERE action = 'IDENTITY_PROVIDER_LOGIN_DELETED'"
                                                + " AND details ->> 'attempts' = '3'")
                                        .getSingleResult())
                                .longValue()))
                .isPositive();
    }

    @Test
    void theSuppressionListKnowsAnErasedAddressByItsHashAndWhatThePersonObjectedTo() {
        String objecting = AssignmentFixtures.uniqueEmail("objecting");
        Actor olga = withMail("Olga Objecting", objecting);
        olga.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION", "details", "No marketing, please."))
                .post(REQUESTS)
                .then()
                .statusCode(202);
        erase(olga);
        String quiet = AssignmentFixtures.uniqueEmail("quiet");
        erase(withMail("Quinty Quiet", quiet));

        assertThat(suppressionList.isSuppressed(" " + objecting.toUpperCase() + " ", SuppressedPurpose.NEWSLETTER))
                .isTrue();
        assertThat(suppressionList.isSuppressed(quiet, SuppressedPurpose.NEWSLETTER))
                .isFalse();
        assertThat(suppressionList.wasErased(quiet)).isTrue();
        assertThat(suppressionList.wasErased(AssignmentFixtures.uniqueEmail("never")))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery("SELECT address_hash FROM suppressed_address")
                                .getResultList()))
                .noneMatch(hash -> hash.toString().contains("@"));
    }

    /** C-5: a consent the person withdrew goes onto the list with their address; one they kept does not. */
    @Test
    void theSuppressionListKeepsTheConsentsAnErasedPersonHadWithdrawn() {
        String address = AssignmentFixtures.uniqueEmail("withdrawn");
        Actor wim = withMail("Wim Withdrawn", address);
        Subscribers.decide(wim, "profiling", "GRANT");
        Subscribers.decide(wim, "profiling", "WITHDRAW");
        Subscribers.decide(wim, "success-story", "GRANT");

        erase(wim);

        assertThat(suppressionList.isSuppressed(address, SuppressedPurpose.PROFILING))
                .isTrue();
        assertThat(suppressionList.isSuppressed(address, SuppressedPurpose.SUCCESS_STORY))
                .isFalse();
    }

    @Test
    void aSentMailKeepsWhatItSaidButNotItsLinkToken() {
        String email = AssignmentFixtures.uniqueEmail("poster");
        String token = AssignmentFixtures.postAnonymouslyAndReadToken(email);

        String stored = (String) QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("SELECT body_text FROM outbox_message WHERE recipient = :r")
                        .setParameter("r", email)
                        .getSingleResult());
        assertThat(stored).doesNotContain(token).contains("#token=[removed]");
    }

    @Test
    void closingAnAccountHidesTheProfileAtOnceAndMakesItDueForErasureIn30Days() {
        Actors.Professional carla = Actors.professionalWithProfile("Carla Closing", "MEMBERS", true);
        Client x = Actors.clientOf("Xander X", "X Interim BV", true);
        x.spec().get("/api/v1/profiles/" + carla.profileId()).then().statusCode(200);

        var closed = carla.spec()
                .post("/api/v1/me/closure")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Instant closedAt = Instant.parse(closed.getString("closedAt"));
        assertThat(Instant.parse(closed.getString("erasureDueAt"))).isEqualTo(closedAt.plus(Duration.ofDays(30)));
        x.spec().get("/api/v1/profiles/" + carla.profileId()).then().statusCode(404);
        carla.spec()
                .post("/api/v1/me/closure")
                .then()
                .statusCode(200)
                .body("closedAt", equalTo(closed.getString("closedAt")));

        carla.spec().delete("/api/v1/me/closure").then().statusCode(204);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery("SELECT s.erasure_due_at FROM subject s JOIN profile p"
                                        + " ON p.subject_id = s.id WHERE p.id = :p")
                                .setParameter("p", UUID.fromString(carla.profileId()))
                                .getResultList()))
                .containsExactly((Object) null);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                        .createNativeQuery("SELECT count(*) FROM audit_entry WHERE action IN"
                                                + " ('ACCOUNT_CLOSED', 'ACCOUNT_REOPENED') AND subject_ref = (SELECT"
                                                + " subject_id FROM profile WHERE id = :p)")
                                        .setParameter("p", UUID.fromString(carla.profileId()))
                                        .getSingleResult())
                                .longValue()))
                .isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private List<String> pendingTemplates() {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("SELECT template FROM outbox_message WHERE status = 'PENDING'")
                        .getResultList());
    }

    private long pendingDeletion(Actor actor) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM identity_provider_deletion WHERE oidc_subject = :s")
                                .setParameter("s", actor.oidcSubject())
                                .getSingleResult())
                        .longValue());
    }
}
