package nl.werkbank.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE §2: no table with a subject_id column may exist without a PersonalDataHandler, and
 * (D-4) every table is classified: claimed by a handler or declared unclaimed with a reason.
 */
@QuarkusTest
class PersonalDataCoverageTest {

    @Inject
    PersonalDataCoverage coverage;

    @Inject
    EntityManager entityManager;

    @Test
    void everyTableWithPersonalDataHasAHandler() {
        assertThat(coverage.tablesWithoutHandler()).isEmpty();
    }

    /** D-4: personal data without a subject_id column (a CV attached to a mail) is found too. */
    @Test
    void everyTableIsClaimedByAHandlerOrDeclaredWithAReason() {
        assertThat(coverage.unclassifiedTables()).isEmpty();
        assertThat(coverage.claimedAndDeclaredUnclaimed()).isEmpty();
    }

    @Test
    void aNewTableWithoutSubjectIdIsUnclassifiedUntilSomeoneClaimsOrDeclaresIt() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("CREATE TABLE coverage_probe_plain (id uuid PRIMARY KEY, note text)")
                        .executeUpdate());
        try {
            assertThat(coverage.unclassifiedTables()).containsExactly("coverage_probe_plain");
            assertThat(coverage.tablesWithoutHandler()).isEmpty();
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("DROP TABLE coverage_probe_plain")
                            .executeUpdate());
        }
    }

    @Test
    void aNewTableWithoutHandlerIsFound() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("CREATE TABLE coverage_probe (id uuid PRIMARY KEY, subject_id uuid)")
                        .executeUpdate());
        try {
            assertThat(coverage.tablesWithoutHandler()).containsExactly("coverage_probe");
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("DROP TABLE coverage_probe")
                            .executeUpdate());
        }
    }
}
