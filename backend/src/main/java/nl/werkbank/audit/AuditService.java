package nl.werkbank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;

/** The privacy officer's side of the audit log (S-6): search it, and check that nobody changed it. */
@ApplicationScoped
public class AuditService {

    private static final int VERIFY_BATCH = 500;

    private final AuditRepository entries;
    private final AuditCheckpointRepository checkpoints;
    private final AuditAccess access;
    private final PageLimit pageLimit;
    private final EntityManager entityManager;

    AuditService(
            AuditRepository entries,
            AuditCheckpointRepository checkpoints,
            AuditAccess access,
            PageLimit pageLimit,
            EntityManager entityManager) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.access = access;
        this.pageLimit = pageLimit;
        this.entityManager = entityManager;
    }

    /** Newest first. */
    @Transactional
    public AuditPage search(Caller caller, AuditFilter.Query query, String cursor, Integer limit) {
        access.requireCanRead(caller);
        AuditFilter filter = query.parse();
        int size = pageLimit.resolve(limit);
        Optional<Long> before =
                Optional.ofNullable(cursor).map(KeysetCursor::decode).map(KeysetCursor::longKey);
        Page<AuditEntryView> page = Page.of(
                        entries.search(filter, before, size), size, e -> KeysetCursor.after(e.seq, e.id))
                .map(AuditEntryView::of);
        return new AuditPage(page.items(), page.nextCursor());
    }

    @Transactional
    public AuditVerification verify(Caller caller) {
        access.requireCanRead(caller);
        return verifyChain();
    }

    /**
     * Recomputes every hash from the newest checkpoint (or the genesis) on, in bounded batches
     * so a long log does not fill the memory.
     */
    @Transactional
    public AuditVerification verifyChain() {
        AuditChain.Start start =
                checkpoints.newest().map(AuditCheckpoint::start).orElse(AuditChain.Start.GENESIS_START);
        AuditChain.Verifier verifier = new AuditChain.Verifier(start);
        long after = start.seq();
        List<AuditEntry> batch;
        do {
            batch = entries.chainAfter(after, VERIFY_BATCH);
            for (AuditEntry entry : batch) {
                verifier.accept(entry.link());
                after = entry.seq;
            }
            entityManager.clear();
        } while (batch.size() == VERIFY_BATCH);
        AuditChain.Result result = verifier.result();
        return new AuditVerification(
                result.valid(), result.entries(), result.firstBrokenEntry().orElse(null));
    }
}
