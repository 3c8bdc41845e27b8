package nl.werkbank.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the sender; row locks make it safe on every instance at once. */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxSender sender;
    private final OutboxService outbox;

    OutboxWorker(OutboxSender sender, OutboxService outbox) {
        this.sender = sender;
        this.outbox = outbox;
    }

    @Scheduled(every = "${werkbank.mail.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue();
        outbox.refreshMetrics();
    }
}
