package nl.werkbank.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * T-1, T-4: a policy row without a sweep would be skipped by every run, a sweep without a row would
 * never run, and a default action the sweep cannot apply would count every record as an error;
 * each category has one of both and a default its sweep supports (the engine tests' sweep aside).
 */
@QuarkusTest
class EveryPolicyIsSweptTest {

    @Inject
    EntityManager entityManager;

    @Inject
    @All
    List<RetentionSweep> sweeps;

    @Test
    void everyPolicyHasExactlyOneSweepThatSupportsItsDefaultAndEverySweepAPolicy() {
        List<String> policies = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "SELECT category FROM retention_policy WHERE category <> :test ORDER BY category",
                                String.class)
                        .setParameter("test", RecordingSweep.CATEGORY)
                        .getResultList());
        var sweepsByCategory = sweeps.stream()
                .filter(sweep -> !sweep.category().equals(RecordingSweep.CATEGORY))
                .collect(Collectors.groupingBy(RetentionSweep::category, Collectors.counting()));

        assertThat(sweepsByCategory.keySet()).containsExactlyInAnyOrderElementsOf(policies);
        assertThat(sweepsByCategory)
                .allSatisfy((category, count) -> assertThat(count).as(category).isEqualTo(1L));
        assertThat(policies).hasSize(12);
    }
}
