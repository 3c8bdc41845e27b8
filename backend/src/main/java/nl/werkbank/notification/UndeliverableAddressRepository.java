package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class UndeliverableAddressRepository implements PanacheRepositoryBase<UndeliverableAddress, String> {

    public long deleteExpired(Instant now) {
        return delete("retainUntil <= ?1", now);
    }
}
