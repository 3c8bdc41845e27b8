package nl.werkbank.feed;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FeedScheduler {

    private final FeedMaintenance maintenance;

    FeedScheduler(FeedMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Scheduled(
            every = "${werkbank.feed.maintenance-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        maintenance.run();
    }
}
