package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.CapabilityTokens;

@ApplicationScoped
public class AssignmentTokenRepository implements PanacheRepositoryBase<AssignmentToken, String> {

    /**
     * S-4: marks an unused, unexpired verification token used and returns its assignment, in one
     * UPDATE, so of two confirmations at once exactly one finds the row still unused.
     */
    public Optional<UUID> useVerification(String token, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> used = getEntityManager()
                .createNativeQuery("UPDATE assignment_token SET used_at = :now"
                        + " WHERE token_hash = :hash AND purpose = 'VERIFY' AND used_at IS NULL AND expires_at > :now"
                        + " RETURNING assignment_id")
                .setParameter("now", now)
                .setParameter("hash", CapabilityTokens.hash(token))
                .getResultList();
        return used.stream().findFirst();
    }
}
