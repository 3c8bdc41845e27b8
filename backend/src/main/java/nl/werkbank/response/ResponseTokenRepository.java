package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.CapabilityTokens;

@ApplicationScoped
public class ResponseTokenRepository implements PanacheRepositoryBase<ResponseToken, String> {

    /**
     * S-4: marks an unused, unexpired confirmation token used and returns its response, in one
     * UPDATE, so of two confirmations at once exactly one finds the row still unused.
     */
    public Optional<UUID> use(String token, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> used = getEntityManager()
                .createNativeQuery("UPDATE response_token SET used_at = :now"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now"
                        + " RETURNING response_id")
                .setParameter("now", now)
                .setParameter("hash", CapabilityTokens.hash(token))
                .getResultList();
        return used.stream().findFirst();
    }
}
