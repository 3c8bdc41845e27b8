package nl.werkbank.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.common.WerkbankConfig;

/**
 * T-6: the erasure ledger, in the schema {@code erasure_ledger} that backups leave out, so a
 * restore brings old data back but never an old ledger. An entry holds only a keyed hash of the
 * erased subject's id and the time. The subject id is the one identifier that names exactly this
 * subject in every copy of the database; e-mail addresses are shared between separately erased
 * subjects (an account and the e-mail identities of the same address), so matching on them would
 * erase people who were never erased, and the identity provider's id sits on the subject row that
 * the id already finds. An address that comes back is the suppression list's business, which the
 * replayed erasure fills again. {@code erasure_ledger_applied}, part of the backed-up data, says
 * which entries this copy of the data reflects.
 */
@ApplicationScoped
public class ErasureLedger {

    private final EntityManager entityManager;
    private final WerkbankConfig config;
    private final Clock clock;

    ErasureLedger(EntityManager entityManager, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Appends the entry of this erasure and marks it applied, in the erasure's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID subjectId) {
        Number entryId = (Number) entityManager
                .createNativeQuery("""
                        INSERT INTO erasure_ledger.entry (subject_key, erased_at) VALUES (:key, :at)
                        RETURNING id
                        """)
                .setParameter("key", subjectKey(subjectId))
                .setParameter("at", clock.instant())
                .getSingleResult();
        markApplied(entryId.longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void markApplied(long entryId) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO erasure_ledger_applied (entry_id, applied_at) VALUES (:id, :at)
                        ON CONFLICT (entry_id) DO NOTHING
                        """)
                .setParameter("id", entryId)
                .setParameter("at", clock.instant())
                .executeUpdate();
    }

    /** How many entries this copy of the data does not reflect yet: non-zero only after a restore. */
    @Transactional
    public long pendingCount() {
        return ((Number) entityManager.createNativeQuery("""
                                SELECT count(*) FROM erasure_ledger.entry e
                                WHERE NOT EXISTS (SELECT 1 FROM erasure_ledger_applied a WHERE a.entry_id = e.id)
                                """).getSingleResult()).longValue();
    }

    /** An entry this copy of the data does not reflect yet. */
    record Pending(long entryId, String subjectKey) {}

    /** The entries not applied to this copy of the data, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Pending> pending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT e.id, e.subject_key FROM erasure_ledger.entry e
                        WHERE NOT EXISTS (SELECT 1 FROM erasure_ledger_applied a WHERE a.entry_id = e.id)
                        ORDER BY e.id
                        """).getResultList();
        return rows.stream()
                .map(row -> new Pending(((Number) row[0]).longValue(), row[1].toString()))
                .toList();
    }

    /**
     * The subjects of these entries in this copy of the data, with the entry of each: every
     * subject's id is hashed with the ledger key and looked up, since the ledger can only be
     * matched, never reversed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, Long> subjectsOf(List<Pending> entries) {
        Map<String, Long> entryByKey = new HashMap<>();
        entries.forEach(entry -> entryByKey.putIfAbsent(entry.subjectKey(), entry.entryId()));
        @SuppressWarnings("unchecked")
        List<UUID> subjectIds = entityManager
                .createNativeQuery("SELECT id FROM subject", UUID.class)
                .getResultList();
        Map<UUID, Long> found = new LinkedHashMap<>();
        for (UUID subjectId : subjectIds) {
            Long entryId = entryByKey.get(subjectKey(subjectId));
            if (entryId != null) {
                found.put(subjectId, entryId);
            }
        }
        return found;
    }

    /** Waits for any other instance's replay to finish; the lock ends with the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockForReplay() {
        entityManager
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('werkbank-job:erasure-replay', 0))")
                .getSingleResult();
    }

    private String subjectKey(UUID subjectId) {
        return KeyedHash.of(config.erasure().ledgerKey(), subjectId.toString());
    }
}
