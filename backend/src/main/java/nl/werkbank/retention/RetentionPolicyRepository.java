package nl.werkbank.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RetentionPolicyRepository implements PanacheRepositoryBase<RetentionPolicy, String> {

    public List<RetentionPolicy> allByCategory() {
        return list("ORDER BY category");
    }
}
