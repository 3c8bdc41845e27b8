package nl.werkbank.privacy.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * T-6: after a restore, the erasures the ledger recorded since the backup was taken are applied
 * again before the service serves: the replay runs while the application starts, and Quarkus
 * opens its HTTP port only once start-up observers are done, so nobody reads restored data of an
 * erased person. One transaction, after a cluster-wide lock that other instances starting at the
 * same time wait for: a replay that fails rolls back whole and the start fails with it, instead
 * of serving half-replayed data.
 */
@ApplicationScoped
public class ErasureReplay {

    private static final Logger LOG = Logger.getLogger(ErasureReplay.class);

    private final ErasureLedger ledger;
    private final ErasureService erasure;

    ErasureReplay(ErasureLedger ledger, ErasureService erasure) {
        this.ledger = ledger;
        this.erasure = erasure;
    }

    /** What a replay did: ledger entries it applied, and of those, subjects it found and erased again. */
    public record Replayed(int entries, int subjectsErased, long millis) {}

    /** Before any other start-up work (demo data, checks) touches the data. */
    void replayAtStartup(@Observes @Priority(1) StartupEvent event) {
        Replayed replayed = replay();
        if (replayed.entries() > 0) {
            LOG.infof(
                    "Erasure ledger replayed: %d entries since the backup, %d subjects erased again, %d ms",
                    replayed.entries(), replayed.subjectsErased(), replayed.millis());
        }
    }

    /** Applies every ledger entry this copy of the data does not reflect yet; nothing when there is none. */
    public Replayed replay() {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().call(() -> {
            ledger.lockForReplay();
            List<ErasureLedger.Pending> pending = ledger.pending();
            int erased = 0;
            for (Map.Entry<UUID, Long> found : ledger.subjectsOf(pending).entrySet()) {
                if (erasure.replay(found.getKey(), found.getValue()).isPresent()) {
                    erased++;
                }
            }
            pending.forEach(entry -> ledger.markApplied(entry.entryId()));
            return new Replayed(pending.size(), erased, (System.nanoTime() - started) / 1_000_000);
        });
    }
}
