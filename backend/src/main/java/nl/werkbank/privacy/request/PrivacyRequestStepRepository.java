package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PrivacyRequestStepRepository implements PanacheRepositoryBase<PrivacyRequestStep, UUID> {

    /** The history of each request, oldest step first, in one query for a whole page. */
    public Map<UUID, List<PrivacyRequestStep>> historyOf(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return list("requestId IN ?1 ORDER BY seq", requestIds).stream()
                .collect(Collectors.groupingBy(step -> step.requestId));
    }
}
