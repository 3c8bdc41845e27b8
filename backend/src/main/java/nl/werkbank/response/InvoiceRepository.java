package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, UUID> {

    public List<Invoice> ofPlacement(UUID placementId) {
        return list("placementId = ?1 ORDER BY periodStart", placementId);
    }
}
