package nl.werkbank.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werkbank.common.WerkbankConfig;

/**
 * The stored keys, in PostgreSQL so every instance sees them. Claiming a key is one
 * {@code INSERT … ON CONFLICT DO NOTHING} committed on its own: of two concurrent requests with
 * one key exactly one inserts the row and runs; the other finds the row.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What a claim found. */
    public sealed interface Claim permits Owned, Replay, Mismatch, InProgress {}

    /** The key is new: this request runs and its answer is stored. */
    public record Owned() implements Claim {}

    /** The key was used with this body and answered: send that answer again. */
    public record Replay(int status, String contentType, String location, byte[] body) implements Claim {}

    /** The key was used with another body. */
    public record Mismatch() implements Claim {}

    /** The first request with the key has not answered yet. */
    public record InProgress() implements Claim {}

    private final EntityManager entityManager;
    private final WerkbankConfig config;
    private final Clock clock;

    IdempotencyKeys(EntityManager entityManager, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** The scope is stored as a keyed hash: the table never holds who the caller is (S-5). */
    public String scopeOf(String callerMethodAndPath) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(callerMethodAndPath.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String requestHash) {
        int inserted = entityManager
                .createNativeQuery("INSERT INTO idempotency_key (scope, idempotency_key, request_hash, created_at)"
                        + " VALUES (:scope, :key, :hash, :at) ON CONFLICT DO NOTHING")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            return new Owned();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT request_hash, response_status, response_type, response_location, response_body"
                                + " FROM idempotency_key WHERE scope = :scope AND idempotency_key = :key",
                        Object[].class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            // Released by a failed first attempt between the insert and this read: run again.
            return claim(scope, key, requestHash);
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new Mismatch();
        }
        if (row[1] == null) {
            return takeOverAbandoned(scope, key, requestHash) ? new Owned() : new InProgress();
        }
        return new Replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (byte[]) row[4]);
    }

    /**
     * S-7 (issue 15): the claim is committed before the write runs, so a process killed during
     * the write, or a database lost before the failure could release the key, leaves a claim that
     * no request will ever answer. Once it is older than the lease (longer than any transaction may
     * run) the retry takes it over and runs; a write that did commit before the crash refuses its
     * duplicate by its own rules (a second response to one assignment is a conflict).
     */
    private boolean takeOverAbandoned(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        return entityManager
                        .createNativeQuery("UPDATE idempotency_key SET created_at = :now"
                                + " WHERE scope = :scope AND idempotency_key = :key AND request_hash = :hash"
                                + " AND response_status IS NULL AND created_at < :abandonedBefore")
                        .setParameter("now", now)
                        .setParameter("scope", scope)
                        .setParameter("key", key)
                        .setParameter("hash", requestHash)
                        .setParameter("abandonedBefore", now.minus(config.idempotencyLease()))
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String scope, String key, int status, String contentType, String location, byte[] body) {
        entityManager
                .createNativeQuery("UPDATE idempotency_key SET response_status = :status, response_type = :type,"
                        + " response_location = :location, response_body = :body"
                        + " WHERE scope = :scope AND idempotency_key = :key")
                .setParameter("status", status)
                .setParameter("type", contentType)
                .setParameter("location", location)
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** The first attempt failed: nothing was done, so a retry with the key may run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE scope = :scope AND idempotency_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetOlderThan(Instant cutoff) {
        return entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
