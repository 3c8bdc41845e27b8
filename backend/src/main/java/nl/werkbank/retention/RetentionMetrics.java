package nl.werkbank.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * T-4: every category's outcome as Prometheus metrics: {@code werkbank_retention_records_total}
 * by category, outcome (examined, deleted, anonymised, held, errors) and whether it was a dry run,
 * and {@code werkbank_retention_duration_seconds} per category.
 */
@ApplicationScoped
public class RetentionMetrics {

    private final MeterRegistry registry;

    RetentionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String category, boolean dryRun, RetentionRunReport.CategoryReport figures) {
        count(category, dryRun, "examined", figures.examined());
        count(category, dryRun, "deleted", figures.deleted());
        count(category, dryRun, "anonymised", figures.anonymised());
        count(category, dryRun, "held", figures.held());
        count(category, dryRun, "errors", figures.errors());
        Timer.builder("werkbank.retention.duration")
                .description("Time a retention run spent on a category")
                .tag("category", category)
                .tag("dry_run", Boolean.toString(dryRun))
                .register(registry)
                .record(Duration.ofMillis(figures.durationMs()));
    }

    private void count(String category, boolean dryRun, String outcome, int amount) {
        Counter.builder("werkbank.retention.records")
                .description("Records a retention run examined, deleted, anonymised, skipped under hold or failed on")
                .tag("category", category)
                .tag("outcome", outcome)
                .tag("dry_run", Boolean.toString(dryRun))
                .register(registry)
                .increment(amount);
    }
}
