package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public Optional<Organisation> findByKvkNumber(String kvkNumber) {
        return find("kvkNumber", kvkNumber).firstResultOptional();
    }

    /** Oldest first, continuing after {@code (createdAt, id)} when given; fetches one extra row. */
    public List<Organisation> pageAfter(Optional<Instant> createdAt, Optional<UUID> id, int limit) {
        if (createdAt.isEmpty()) {
            return find("ORDER BY createdAt, id").page(0, limit + 1).list();
        }
        return find(
                        "createdAt > :at OR (createdAt = :at AND id > :id) ORDER BY createdAt, id",
                        Parameters.with("at", createdAt.get()).and("id", id.orElseThrow()))
                .page(0, limit + 1)
                .list();
    }
}
