package nl.werkbank.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class AuditCheckpointRepository implements PanacheRepositoryBase<AuditCheckpoint, Long> {

    public Optional<AuditCheckpoint> newest() {
        return find("ORDER BY seq DESC").firstResultOptional();
    }
}
