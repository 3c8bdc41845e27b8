package nl.werkbank.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werkbank.common.problem.ProblemException;

/**
 * S-4: limits anonymous submissions (postings, responses) per client address (an IPv6 client per /64) and per e-mail address. Both are kept only as
 * keyed hashes (S-5), in the database, so the limit holds across instances.
 */
@ApplicationScoped
public class SubmissionLimits {

    private final EntityManager entityManager;
    private final WerkbankConfig config;
    private final Clock clock;

    SubmissionLimits(EntityManager entityManager, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts this attempt, or refuses it with 429 when a limit is reached. Check and count are one
     * step: the keys are locked (transaction-scoped advisory locks, so across instances) before
     * they are counted, and stay locked until the caller's transaction ends with the attempt
     * recorded; a parallel attempt on the same key waits and then sees it.
     *
     * <p>The e-mail limit counts an address together with the client's network: others posting
     * in a visitor's name from elsewhere cost the visitor at most the verification mails they
     * cause, never the visitor's own submissions, which come from the visitor's network. How many
     * mails one network can cause in total is bounded by the per-network limit.
     */
    public void admit(String ipAddress, String email) {
        Instant now = clock.instant();
        String network = networkOf(ipAddress);
        String ip = clientKey(ipAddress);
        String mail = hash("email:" + email.strip().toLowerCase(Locale.ROOT) + "|" + network);
        WerkbankConfig.Submissions limits = config.submissions();
        lock(List.of(ip, mail));
        check("IP", ip, limits.perIp(), limits.ipWindow(), now);
        check("EMAIL", mail, limits.perEmail(), limits.emailWindow(), now);
        record("IP", ip, now);
        record("EMAIL", mail, now);
    }

    /** Locks in one order (the hashes sorted), so two attempts never wait for each other crosswise. */
    private void lock(List<String> keys) {
        keys.stream()
                .sorted()
                .forEach(key -> entityManager
                        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                        .setParameter("key", "submission-limit|" + key)
                        .getSingleResult());
    }

    /** The stored stand-in for a client address: a keyed hash of its network (S-5). */
    String clientKey(String address) {
        return hash("ip:" + networkOf(address));
    }

    /**
     * What one client is limited by: an IPv4 address, or the /64 network of an IPv6 address,
     * because one IPv6 subscriber commonly holds a whole /64 and could rotate through it.
     */
    static String networkOf(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(bytes, 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** Attempts older than the longest window serve no limit any more. */
    public int forgetOlderThan(Instant cutoff) {
        return entityManager
                .createNativeQuery("DELETE FROM submission_attempt WHERE created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /**
     * T-1 {@code security-log}: the ids of attempts created at or before the cutoff, after {@code after}
     * (null: from the first), in id order, at most {@code limit}.
     */
    public List<UUID> createdBefore(Instant cutoff, String after, int limit) {
        var query = entityManager
                .createNativeQuery(
                        "SELECT id FROM submission_attempt WHERE created_at <= :cutoff"
                                + (after == null ? "" : " AND id > CAST(:after AS uuid)")
                                + " ORDER BY id LIMIT :limit",
                        UUID.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** T-1 {@code security-log}: deletes these attempts; ids that are gone already are ignored. */
    public int delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager
                .createNativeQuery("DELETE FROM submission_attempt WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private void check(String kind, String hash, int max, Duration window, Instant now) {
        long recent = ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM submission_attempt WHERE key_kind = :k AND key_hash = :h AND created_at > :since")
                        .setParameter("k", kind)
                        .setParameter("h", hash)
                        .setParameter("since", now.minus(window))
                        .getSingleResult())
                .longValue();
        if (recent >= max) {
            throw ProblemException.tooManyRequests("Too many submissions; please try again later.", window.toSeconds());
        }
    }

    private void record(String kind, String hash, Instant now) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO submission_attempt (id, key_kind, key_hash, created_at) VALUES (:id, :k, :h, :at)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("k", kind)
                .setParameter("h", hash)
                .setParameter("at", now)
                .executeUpdate();
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
