package nl.werkbank.privacy.erasure;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.common.WerkbankConfig;
import org.jboss.logging.Logger;

/**
 * D-4: deletes erased accounts' logins at the identity provider. The row is written in the
 * erasure's transaction; right after it commits the deletion is tried once, and a failure leaves
 * the row for {@link #deleteDue()} (scheduled) with exponential backoff, so no erasure is lost
 * when the provider is down, and none deletes a login while the database erasure rolled back.
 */
@ApplicationScoped
public class IdentityProviderDeletions {

    private static final Logger LOG = Logger.getLogger(IdentityProviderDeletions.class);
    private static final int BATCH = 20;

    private final IdentityProviderDeletionRepository deletions;
    private final IdentityProvider provider;
    private final Audit audit;
    private final WerkbankConfig config;
    private final Clock clock;

    IdentityProviderDeletions(
            IdentityProviderDeletionRepository deletions,
            IdentityProvider provider,
            Audit audit,
            WerkbankConfig config,
            Clock clock) {
        this.deletions = deletions;
        this.provider = provider;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Fired in the erasure's transaction; observed after it committed. */
    public record LoginErased(String oidcSubject) {}

    @Transactional(Transactional.TxType.MANDATORY)
    void schedule(String oidcSubject, UUID subjectRef) {
        Instant now = clock.instant();
        IdentityProviderDeletion deletion = new IdentityProviderDeletion();
        deletion.oidcSubject = oidcSubject;
        deletion.subjectRef = subjectRef;
        deletion.requestedAt = now;
        deletion.nextAttemptAt = now;
        deletions.persist(deletion);
    }

    /** The first attempt, at once after the erasure committed; through the container so it gets its own transaction. */
    void afterErasure(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginErased erased) {
        Arc.container().instance(IdentityProviderDeletions.class).get().attempt(erased.oidcSubject());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attempt(String oidcSubject) {
        IdentityProviderDeletion deletion = deletions.findById(oidcSubject);
        if (deletion != null) {
            attempt(deletion);
        }
    }

    /** Retries what is due. Returns how many logins were deleted. */
    @Transactional
    public int deleteDue() {
        List<IdentityProviderDeletion> due = deletions.lockDue(clock.instant(), BATCH);
        int deleted = 0;
        for (IdentityProviderDeletion deletion : due) {
            if (attempt(deletion)) {
                deleted++;
            }
        }
        return deleted;
    }

    /** How many deletions still wait for the provider. */
    @Transactional
    public long pending() {
        return deletions.count();
    }

    private boolean attempt(IdentityProviderDeletion deletion) {
        deletion.attempts++;
        try {
            provider.deleteUser(deletion.oidcSubject);
        } catch (IdentityProvider.IdentityProviderException e) {
            deletion.lastError = trimmed(e.getMessage());
            deletion.nextAttemptAt = clock.instant().plus(backoff(deletion.attempts));
            LOG.warnf("Identity-provider deletion failed (attempt %d): %s", deletion.attempts, deletion.lastError);
            return false;
        }
        audit.append(
                AuditActor.system(),
                AuditAction.IDENTITY_PROVIDER_LOGIN_DELETED,
                deletion.subjectRef,
                AuditDetails.none().withCount("attempts", deletion.attempts));
        deletions.delete(deletion);
        return true;
    }

    Duration backoff(int attempts) {
        Duration first = config.identityProvider().firstBackoff();
        Duration max = config.identityProvider().maxBackoff();
        Duration delay = first.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static String trimmed(String message) {
        String text = String.valueOf(message);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
