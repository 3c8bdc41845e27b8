package nl.werkbank.profile;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** T-3: the inactivity warnings go out in bounded batches; hourly, so a day's warnings never wait for the next day. */
@ApplicationScoped
public class ProfileScheduler {

    private final InactivityWarnings warnings;

    ProfileScheduler(InactivityWarnings warnings) {
        this.warnings = warnings;
    }

    @Scheduled(
            every = "${werkbank.inactivity.warning-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void warnInactive() {
        warnings.warnDue();
    }
}
