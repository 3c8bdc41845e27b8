package nl.werkbank.privacy.breach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BreachRepository implements PanacheRepositoryBase<Breach, UUID> {

    /** Most recently discovered first, continuing before {@code (discoveredAt, id)}; fetches one extra row. */
    public List<Breach> page(Optional<Instant> before, Optional<UUID> beforeId, int limit) {
        if (before.isEmpty()) {
            return find("ORDER BY discoveredAt DESC, id DESC")
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "discoveredAt < :at OR (discoveredAt = :at AND id < :id) ORDER BY discoveredAt DESC, id DESC",
                        Parameters.with("at", before.get()).and("id", beforeId.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }
}
