package nl.werkbank.privacy.erasure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** D-4: retries the identity-provider deletions that failed; the work is in {@link IdentityProviderDeletions}. */
@ApplicationScoped
class IdentityProviderScheduler {

    private final IdentityProviderDeletions deletions;

    IdentityProviderScheduler(IdentityProviderDeletions deletions) {
        this.deletions = deletions;
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteDue() {
        deletions.deleteDue();
    }
}
