package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ConsentPurposeRepository implements PanacheRepositoryBase<ConsentPurpose, String> {

    public List<ConsentPurpose> inOrder() {
        return list("ORDER BY position");
    }
}
