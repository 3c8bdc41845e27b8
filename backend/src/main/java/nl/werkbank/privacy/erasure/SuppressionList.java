package nl.werkbank.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.common.WerkbankConfig;

/**
 * D-4, C-5: erased people's e-mail addresses, as keyed hashes only (HMAC-SHA256 under
 * {@code werkbank.erasure.suppression-key}), with the purposes they had objected to or withdrawn
 * consent for when they were erased. Marketing asks {@link #isSuppressed} before it writes to an
 * address, so an erased person's objection holds if the address comes back. Nothing here can
 * list or recover an address.
 */
@ApplicationScoped
public class SuppressionList {

    private final EntityManager entityManager;
    private final WerkbankConfig config;
    private final Clock clock;

    SuppressionList(EntityManager entityManager, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /**
     * True when the address belonged to an erased person who had objected to, or withdrawn consent
     * for, this purpose; an objection to {@link SuppressedPurpose#DIRECT_MARKETING} covers every
     * marketing purpose.
     */
    @Transactional
    public boolean isSuppressed(String address, SuppressedPurpose purpose) {
        Set<SuppressedPurpose> purposes = purposesOf(address);
        return purposes.contains(purpose) || purposes.contains(SuppressedPurpose.DIRECT_MARKETING);
    }

    /** True when the address belonged to a person who was erased, whatever they had objected to. */
    @Transactional
    public boolean wasErased(String address) {
        return !rows(address).isEmpty();
    }

    /** Adds the addresses with these purposes; an address already listed keeps its purposes and gains these. */
    @Transactional(Transactional.TxType.MANDATORY)
    void suppress(Collection<String> addresses, Set<SuppressedPurpose> purposes) {
        String[] codes = new TreeSet<>(purposes.stream().map(Enum::name).toList()).toArray(String[]::new);
        for (String address : addresses) {
            entityManager
                    .createNativeQuery("""
                            INSERT INTO suppressed_address (address_hash, purposes, suppressed_at)
                            VALUES (:h, CAST(:p AS text[]), :at)
                            ON CONFLICT (address_hash) DO UPDATE SET purposes = ARRAY(
                                SELECT DISTINCT unnest(suppressed_address.purposes || EXCLUDED.purposes) ORDER BY 1)
                            """)
                    .setParameter("h", hash(address))
                    .setParameter("p", "{" + String.join(",", codes) + "}")
                    .setParameter("at", clock.instant())
                    .executeUpdate();
        }
    }

    private Set<SuppressedPurpose> purposesOf(String address) {
        Set<SuppressedPurpose> purposes = EnumSet.noneOf(SuppressedPurpose.class);
        for (Object row : rows(address)) {
            for (String code : row.toString().replaceAll("[{}]", "").split(",")) {
                if (!code.isBlank()) {
                    purposes.add(SuppressedPurpose.valueOf(code.strip()));
                }
            }
        }
        return purposes;
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String address) {
        return entityManager
                .createNativeQuery(
                        "SELECT array_to_string(purposes, ',') FROM suppressed_address WHERE address_hash = :h")
                .setParameter("h", hash(address))
                .getResultList();
    }

    private String hash(String address) {
        return KeyedHash.of(config.erasure().suppressionKey(), address.strip().toLowerCase(Locale.ROOT));
    }
}
