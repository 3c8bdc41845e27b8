package nl.werkbank.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE §2: no table with a subject_id column may exist without a PersonalDataHandler. */
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
