package nl.werkbank.privacy.erasure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class IdentityProviderDeletionRepository implements PanacheRepositoryBase<IdentityProviderDeletion, String> {

    /** Due deletions, locked; rows another instance holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<IdentityProviderDeletion> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT * FROM identity_provider_deletion
                        WHERE next_attempt_at <= :now
                        ORDER BY next_attempt_at, oidc_subject
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """, IdentityProviderDeletion.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
