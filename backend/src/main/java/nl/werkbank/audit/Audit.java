package nl.werkbank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.caller.Caller;

/**
 * Appends to the hash-chained audit log (S-6, D-7): who did what to whose data, and when.
 *
 * <p>The subject reference is the subject's own UUID, not a keyed hash of it. It is already
 * pseudonymous: a random id that means nothing outside our database, and once the subject is
 * erased (D-4 removes the subject row and every row that names them) nothing is left to link it
 * to a person, so the immutable log needs no rewriting at erasure. A keyed hash would add
 * nothing against anyone who holds the database and the application's configuration, and would
 * tie every entry forever to one key: rotating it would make the log unsearchable by subject.
 * The privacy officer searches, and the subject's export (D-3) finds, entries by the plain id.
 * Actors are stored the same way ({@link AuditActor}); details hold only ids and codes
 * ({@link AuditDetails}).
 *
 * <p>Appends are serialised by a transaction-scoped advisory lock: the next append waits until
 * the transaction holding the head commits or rolls back, so the chain can never fork and
 * sequence numbers have no gaps.
 */
@ApplicationScoped
public class Audit {

    private static final String CHAIN_LOCK = "werkbank-audit-chain";

    private final AuditRepository entries;
    private final AuditCheckpointRepository checkpoints;
    private final EntityManager entityManager;
    private final Clock clock;

    Audit(AuditRepository entries, AuditCheckpointRepository checkpoints, EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records a staff member's (or client's) action, in the transaction of the action itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(Caller caller, AuditAction action, UUID subjectRef, AuditDetails details) {
        return append(actorOf(caller), action, subjectRef, details);
    }

    /**
     * Must run inside the transaction of the action it records: the entry exists exactly when
     * the action does.
     *
     * @param subjectRef whose data the action concerned, or {@code null} when it concerned no person
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(AuditActor actor, AuditAction action, UUID subjectRef, AuditDetails details) {
        entityManager
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", CHAIN_LOCK)
                .getSingleResult();
        AuditChain.Start head = entries.head()
                .map(last -> new AuditChain.Start(last.seq, last.hash))
                .or(() -> checkpoints.newest().map(AuditCheckpoint::start))
                .orElse(AuditChain.Start.GENESIS_START);

        AuditEntry entry = new AuditEntry();
        entry.seq = head.seq() + 1;
        entry.id = UUID.randomUUID();
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor.value();
        entry.action = action.name();
        entry.subjectRef = subjectRef;
        entry.details = Map.copyOf(details.asMap());
        entry.previousHash = head.hash();
        entry.hash = AuditChain.hashOf(entry.link());
        entries.persist(entry);
        entityManager.flush();
        return entry.id;
    }

    /** A person acts as their subject, a machine client by its identity-provider id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditActor actorOf(Caller caller) {
        return switch (caller.kind()) {
            case PERSON -> AuditActor.subject(caller.subjectId());
            case SERVICE -> AuditActor.client(caller.identity().oidcSubject().orElseThrow());
            case ANONYMOUS -> throw new IllegalStateException("An anonymous caller acts through a subject id");
        };
    }
}
