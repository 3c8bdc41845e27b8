package nl.werkbank.subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /** D-4: the login of an erased account may not come back with a token issued before. */
    public void rememberErasedLogin(String oidcSubjectHash, Instant erasedAt) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO erased_login (oidc_subject_hash, erased_at) VALUES (:h, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("h", oidcSubjectHash)
                .setParameter("at", erasedAt)
                .executeUpdate();
    }

    public boolean isErasedLogin(String oidcSubjectHash) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM erased_login WHERE oidc_subject_hash = :h")
                .setParameter("h", oidcSubjectHash)
                .getResultList()
                .isEmpty();
    }
}
