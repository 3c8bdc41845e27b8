package nl.werkbank.retention;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sweep beans the features provide, by category id (one each; a duplicate fails the start). */
@ApplicationScoped
public class RetentionSweeps {

    private final List<RetentionSweep> sweeps;
    private volatile Map<String, RetentionSweep> byCategory;

    RetentionSweeps(@All List<RetentionSweep> sweeps) {
        this.sweeps = sweeps;
    }

    public Optional<RetentionSweep> of(String category) {
        if (byCategory == null) {
            // Built on first use: the sweeps depend on services that depend on this bean.
            byCategory = sweeps.stream()
                    .collect(Collectors.toUnmodifiableMap(RetentionSweep::category, Function.identity()));
        }
        return Optional.ofNullable(byCategory.get(category));
    }
}
