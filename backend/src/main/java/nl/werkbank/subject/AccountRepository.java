package nl.werkbank.subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Optional<Account> findByOidcSubject(String oidcSubject) {
        return find("oidcSubject", oidcSubject).firstResultOptional();
    }

    /**
     * Serialises the first requests of one new login until the transaction ends, so two
     * parallel first calls create one account, not a unique-key violation.
     */
    public void lockOidcSubject(String oidcSubject) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:subject, 0))")
                .setParameter("subject", oidcSubject)
                .getSingleResult();
    }
}
