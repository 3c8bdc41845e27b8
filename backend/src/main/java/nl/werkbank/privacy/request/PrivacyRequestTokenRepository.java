package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.common.CapabilityTokens;

@ApplicationScoped
public class PrivacyRequestTokenRepository implements PanacheRepositoryBase<PrivacyRequestToken, String> {

    /**
     * Marks an unused, unexpired confirmation token used and returns its request; in one UPDATE,
     * so of two confirmations at once exactly one finds the row still unused.
     */
    public Optional<UUID> useConfirmation(String token, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> used = getEntityManager()
                .createNativeQuery("UPDATE privacy_request_token SET used_at = :now"
                        + " WHERE token_hash = :hash AND purpose = 'CONFIRM' AND used_at IS NULL AND expires_at > :now"
                        + " RETURNING request_id")
                .setParameter("now", now)
                .setParameter("hash", CapabilityTokens.hash(token))
                .getResultList();
        return used.stream().findFirst();
    }

    /** The request an unexpired token of this purpose belongs to. */
    public Optional<UUID> requestOf(String token, PrivacyRequestToken.Purpose purpose, Instant now) {
        return findByIdOptional(CapabilityTokens.hash(token))
                .filter(t -> t.purpose == purpose && t.expiresAt.isAfter(now))
                .map(t -> t.requestId);
    }

    /** Requests by e-mail whose confirmation link expired unused. */
    public List<UUID> unconfirmedExpired(Instant now) {
        return getEntityManager()
                .createQuery(
                        "SELECT t.requestId FROM PrivacyRequestToken t WHERE t.purpose = :confirm"
                                + " AND t.usedAt IS NULL AND t.expiresAt <= :now",
                        UUID.class)
                .setParameter("confirm", PrivacyRequestToken.Purpose.CONFIRM)
                .setParameter("now", now)
                .getResultList();
    }
}
