package nl.werkbank.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.werkbank.common.Role;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * S-6: the audit log in the real database: appends form one chain even in parallel, a row
 * changed behind the application's back is found at exactly that row, the application cannot
 * change or remove rows, and only the privacy officer reads it.
 */
@QuarkusTest
class AuditLogTest {

    private static final String LOG = "/api/v1/admin/audit";
    private static final String VERIFICATION = "/api/v1/admin/audit/verification";

    @Inject
    Audit audit;

    @Inject
    AuditService auditService;

    @Inject
    EntityManager entityManager;

    private final Actor officer = Actors.person("Olga Officer", Role.PRIVACY_OFFICER);

    @Test
    void parallelAppendsKeepOneUnbrokenChain() throws Exception {
        UUID subject = UUID.randomUUID();
        int threads = 6;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        QuarkusTransaction.requiringNew()
                                .run(() -> audit.append(
                                        AuditActor.system(),
                                        AuditAction.PERSONAL_DATA_DISCLOSED,
                                        subject,
                                        AuditDetails.none()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> sequences = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery(
                                "SELECT e.seq FROM AuditEntry e WHERE e.subjectRef = :s ORDER BY e.seq", Long.class)
                        .setParameter("s", subject)
                        .getResultList());
        assertThat(sequences).hasSize(threads * perThread).doesNotHaveDuplicates();
        long total = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("SELECT count(e) FROM AuditEntry e", Long.class)
                        .getSingleResult());
        long highest = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("SELECT max(e.seq) FROM AuditEntry e", Long.class)
                        .getSingleResult());
        assertThat(highest).as("no gaps, no forks").isEqualTo(total);
        officer.spec()
                .get(VERIFICATION)
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entries", equalTo((int) total))
                .body("firstBrokenEntry", nullValue());
    }

    @Test
    void aRowChangedAsSuperuserIsFoundAtExactlyThatRow() {
        UUID subject = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(QuarkusTransaction.requiringNew()
                    .call(() -> audit.append(
                            AuditActor.system(),
                            AuditAction.PERSONAL_DATA_DISCLOSED,
                            subject,
                            AuditDetails.id("disclosure", UUID.randomUUID()))));
        }
        UUID middle = ids.get(1);
        String original = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT actor FROM audit_entry WHERE id = :id")
                .setParameter("id", middle)
                .getSingleResult());
        try {
            asSuperuserSetActor(middle, "subject:" + UUID.randomUUID());
            officer.spec()
                    .get(VERIFICATION)
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenEntry", equalTo(middle.toString()));
        } finally {
            asSuperuserSetActor(middle, original);
        }
        officer.spec().get(VERIFICATION).then().body("valid", equalTo(true));
    }

    @Test
    void aRemovedRowIsFoundAtTheRowAfterIt() {
        UUID subject = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(QuarkusTransaction.requiringNew()
                    .call(() -> audit.append(
                            AuditActor.system(), AuditAction.PERSONAL_DATA_DISCLOSED, subject, AuditDetails.none())));
        }
        inTransactionRolledBack(() -> {
            withTriggerDisabled(() -> entityManager
                    .createNativeQuery("DELETE FROM audit_entry WHERE id = :id")
                    .setParameter("id", ids.get(1))
                    .executeUpdate());
            AuditVerification verification = auditService.verifyChain();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(ids.get(2));
        });
        assertThat(QuarkusTransaction.requiringNew()
                        .call(auditService::verifyChain)
                        .valid())
                .isTrue();
    }

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateEntries() {
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> audit.append(
                        AuditActor.system(), AuditAction.PERSONAL_DATA_DISCLOSED, null, AuditDetails.none()));
        String entry = "'" + id + "'";
        String checkpoint = "INSERT INTO audit_checkpoint (seq, hash, created_at) VALUES (9000000000000000000, '"
                + "a".repeat(64) + "', now())";
        assertRefused("UPDATE audit_entry SET actor = 'system' WHERE id = " + entry);
        assertRefused("DELETE FROM audit_entry WHERE id = " + entry);
        assertRefused("TRUNCATE audit_entry");
        assertRefused(checkpoint, "UPDATE audit_checkpoint SET hash = hash WHERE seq = 9000000000000000000");
        assertRefused(checkpoint, "DELETE FROM audit_checkpoint WHERE seq = 9000000000000000000");
        assertRefused("TRUNCATE audit_checkpoint");
        long stillThere = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("SELECT count(e) FROM AuditEntry e WHERE e.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult());
        assertThat(stillThere).isEqualTo(1);
    }

    @Test
    void afterRetentionTheChainVerifiesFromItsCheckpoint() {
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.append(
                            AuditActor.system(), AuditAction.PERSONAL_DATA_DISCLOSED, null, AuditDetails.none()));
        }
        inTransactionRolledBack(() -> {
            Object[] head = (Object[]) entityManager
                    .createNativeQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                    .getSingleResult();
            long lastRemoved = ((Number) head[0]).longValue() - 2;
            String lastRemovedHash = (String) entityManager
                    .createNativeQuery("SELECT hash FROM audit_entry WHERE seq = :seq")
                    .setParameter("seq", lastRemoved)
                    .getSingleResult();
            expire(lastRemoved, lastRemovedHash);

            AuditVerification fromCheckpoint = auditService.verifyChain();
            assertThat(fromCheckpoint.valid()).isTrue();
            assertThat(fromCheckpoint.entries()).isEqualTo(2);

            UUID next =
                    audit.append(AuditActor.system(), AuditAction.PERSONAL_DATA_DISCLOSED, null, AuditDetails.none());
            AuditVerification extended = auditService.verifyChain();
            assertThat(extended.valid()).isTrue();
            assertThat(extended.entries()).isEqualTo(3);
            assertThat(next).isNotNull();
        });
        inTransactionRolledBack(() -> {
            long head = ((Number) entityManager
                            .createNativeQuery("SELECT max(seq) FROM audit_entry")
                            .getSingleResult())
                    .longValue();
            expire(head - 1, "f".repeat(64));
            AuditVerification forged = auditService.verifyChain();
            assertThat(forged.valid()).isFalse();
            assertThat(forged.entries()).isEqualTo(1);
        });
    }

    @Test
    void onlyThePrivacyOfficerReadsTheLog() {
        for (String path : List.of(LOG, VERIFICATION)) {
            officer.spec().get(path).then().statusCode(200);
            for (Actor other : List.of(
                    Actors.admin(),
                    Actors.client("Kees Klant"),
                    Actors.professional("Petra Pro"),
                    Actors.person("Coen Coach", Role.COACH))) {
                other.spec().get(path).then().statusCode(403).contentType("application/problem+json");
            }
            given().auth()
                    .oauth2(Tokens.service("nosy-board", Role.PRIVACY_OFFICER))
                    .get(path)
                    .then()
                    .statusCode(403);
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void staffActionsAndDisclosuresAreLoggedAndFiltered() {
        Actor admin = Actors.admin();
        String adminActor = "subject:" + subjectIdOf(admin);
        Actor client = Actors.client("Vera Verified");
        String organisation = Actors.organisation(client, "Vera BV", false);
        admin.spec()
                .post("/api/v1/organisations/" + organisation + "/verification")
                .then()
                .statusCode(200);
        admin.spec()
                .delete("/api/v1/organisations/" + organisation + "/verification")
                .then()
                .statusCode(200);

        officer.spec()
                .queryParam("actor", adminActor)
                .get(LOG)
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        org.hamcrest.Matchers.contains("ORGANISATION_UNVERIFIED", "ORGANISATION_VERIFIED"))
                .body("items.details.organisation", org.hamcrest.Matchers.everyItem(equalTo(organisation)))
                .body("items.subjectRef", org.hamcrest.Matchers.everyItem(nullValue()));
        officer.spec()
                .queryParam("actor", adminActor)
                .queryParam("action", "ORGANISATION_VERIFIED")
                .get(LOG)
                .then()
                .body("items.action", org.hamcrest.Matchers.contains("ORGANISATION_VERIFIED"));

        Actor professional = Actors.professional("Petra Released");
        String profile = Actors.saveProfile(professional, Actors.profileBody("Petra Released", "MEMBERS"));
        Actor recruiter = Actors.client("Rik Recruiter");
        String recruiterOrganisation = Actors.organisation(recruiter, "Rik BV", true);
        recruiter.spec().post("/api/v1/profiles/" + profile + "/contact").then().statusCode(200);

        String body = officer.spec()
                .queryParam("subject", subjectIdOf(professional))
                .get(LOG)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath disclosed = JsonPath.from(body);
        assertThat(disclosed.getList("items.action")).containsExactly("PERSONAL_DATA_DISCLOSED");
        assertThat(disclosed.getString("items[0].actor")).isEqualTo("system");
        assertThat(disclosed.getString("items[0].details.recipientOrganisation"))
                .isEqualTo(recruiterOrganisation);
        assertThat(disclosed.getString("items[0].details.recipientSubject")).isEqualTo(subjectIdOf(recruiter));
        assertThat(disclosed.getString("items[0].details.categories")).isEqualTo("contact-details,name");
        assertThat(body).doesNotContain("Petra", "Rik", "@");
    }

    @Test
    void approvalAndRejectionNameThePosterAsSubject() {
        Actor admin = Actors.admin();
        Actor client = Actors.client("Poster Pieter");
        Actors.organisation(client, "Pieter BV", true);
        String poster = subjectIdOf(client);
        String approved = submittedAssignment(client);
        String rejected = submittedAssignment(client);
        admin.spec()
                .post("/api/v1/managed-assignments/" + approved + "/approve")
                .then()
                .statusCode(200);
        admin.spec()
                .contentType("application/json")
                .body(java.util.Map.of("reason", "Jan de Vries mag dit niet zien"))
                .post("/api/v1/managed-assignments/" + rejected + "/reject")
                .then()
                .statusCode(200);

        String body = officer.spec()
                .queryParam("subject", poster)
                .get(LOG)
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("ASSIGNMENT_REJECTED", "ASSIGNMENT_APPROVED"))
                .body("items.details.assignment", org.hamcrest.Matchers.contains(rejected, approved))
                .body("items.actor", org.hamcrest.Matchers.everyItem(equalTo("subject:" + subjectIdOf(admin))))
                .extract()
                .asString();
        assertThat(body).doesNotContain("Jan de Vries", "Poster Pieter");
    }

    /** S-6: an admin ending someone else's assignment is logged; the poster ending their own is not staff work. */
    @Test
    void anAdminClosingAndArchivingSomeoneElsesAssignmentIsLogged() {
        Actor admin = Actors.admin();
        Actor client = Actors.client("Poster Petronella");
        Actors.organisation(client, "Petronella BV", true);
        String poster = subjectIdOf(client);
        String byAdmin = nl.werkbank.testing.AssignmentFixtures.publishedOf(client);
        String byPoster = nl.werkbank.testing.AssignmentFixtures.publishedOf(client);
        admin.spec()
                .post("/api/v1/managed-assignments/" + byAdmin + "/close")
                .then()
                .statusCode(200);
        admin.spec()
                .post("/api/v1/managed-assignments/" + byAdmin + "/archive")
                .then()
                .statusCode(200);
        client.spec()
                .post("/api/v1/managed-assignments/" + byPoster + "/close")
                .then()
                .statusCode(200);

        officer.spec()
                .queryParam("subject", poster)
                .get(LOG)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.action.endsWith('_BY_STAFF') }.action",
                        org.hamcrest.Matchers.contains("ASSIGNMENT_ARCHIVED_BY_STAFF", "ASSIGNMENT_CLOSED_BY_STAFF"))
                .body(
                        "items.findAll { it.action.endsWith('_BY_STAFF') }.details.assignment",
                        org.hamcrest.Matchers.everyItem(equalTo(byAdmin)))
                .body(
                        "items.findAll { it.action.endsWith('_BY_STAFF') }.actor",
                        org.hamcrest.Matchers.everyItem(equalTo("subject:" + subjectIdOf(admin))));
    }

    @Test
    void pagesTimeRangeAndBadFilters() {
        UUID subject = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 5; i++) {
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.append(
                            AuditActor.system(), AuditAction.BREACH_SUBJECT_NOTIFIED, subject, AuditDetails.none()));
        }
        List<Integer> sequences = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request =
                    officer.spec().queryParam("subject", subject.toString()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(LOG).then().statusCode(200).extract().jsonPath();
            sequences.addAll(page.getList("items.sequence", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(sequences).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        officer.spec()
                .queryParam("subject", subject.toString())
                .queryParam("from", before.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString())
                .get(LOG)
                .then()
                .body("items.size()", equalTo(5));
        officer.spec()
                .queryParam("subject", subject.toString())
                .queryParam("to", before.toString())
                .get(LOG)
                .then()
                .body("items.size()", equalTo(0));

        officer.spec()
                .queryParam("action", "DELETED_EVERYTHING")
                .queryParam("actor", "Jan de Vries")
                .queryParam("subject", "jan@example.nl")
                .queryParam("from", "yesterday")
                .get(LOG)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("action", "actor", "subject", "from"))
                .body("errors.code", containsInAnyOrder("one-of", "pattern", "format", "format"));
        officer.spec()
                .queryParam("from", "2026-02-01T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z")
                .get(LOG)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].code", equalTo("range"));
        officer.spec()
                .queryParam("cursor", "bm9wZQ")
                .get(LOG)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** The last statement fails in the trigger; the transaction, and whatever it wrote first, rolls back. */
    private void assertRefused(String... statements) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    for (String statement : statements) {
                        entityManager.createNativeQuery(statement).executeUpdate();
                    }
                }))
                .as(statements[statements.length - 1])
                .isInstanceOf(PersistenceException.class)
                .rootCause()
                .hasMessageContaining("the audit log is append-only");
    }

    private void asSuperuserSetActor(UUID id, String actor) {
        QuarkusTransaction.requiringNew()
                .run(() -> withTriggerDisabled(() -> entityManager
                        .createNativeQuery("UPDATE audit_entry SET actor = :actor WHERE id = :id")
                        .setParameter("actor", actor)
                        .setParameter("id", id)
                        .executeUpdate()));
    }

    /** Changes that only this test may see: the transaction is rolled back whatever happens. */
    private static void inTransactionRolledBack(Runnable work) {
        QuarkusTransaction.begin();
        try {
            work.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** What retention will do: record the last removed entry, then remove everything up to it. */
    private void expire(long lastRemoved, String hash) {
        entityManager
                .createNativeQuery("INSERT INTO audit_checkpoint (seq, hash, created_at) VALUES (:seq, :hash, now())")
                .setParameter("seq", lastRemoved)
                .setParameter("hash", hash)
                .executeUpdate();
        withTriggerDisabled(() -> entityManager
                .createNativeQuery("DELETE FROM audit_entry WHERE seq <= :seq")
                .setParameter("seq", lastRemoved)
                .executeUpdate());
    }

    /** The embedded PostgreSQL runs as superuser, who may switch the guard off, as an intruder with that role could. */
    private void withTriggerDisabled(Runnable change) {
        entityManager
                .createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                .executeUpdate();
        change.run();
        entityManager
                .createNativeQuery("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
                .executeUpdate();
    }

    private static String subjectIdOf(Actor actor) {
        return actor.spec().get("/api/v1/me").then().statusCode(200).extract().path("subjectId");
    }

    private static String submittedAssignment(Actor client) {
        String id = client.spec()
                .contentType("application/json")
                .body(java.util.Map.of("assignment", nl.werkbank.testing.AssignmentFixtures.assignment("Auditproef")))
                .post("/api/v1/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        client.spec()
                .post("/api/v1/managed-assignments/" + id + "/submit")
                .then()
                .statusCode(200);
        return id;
    }
}
