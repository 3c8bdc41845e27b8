package nl.werkbank.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the sender; row locks make it safe on every instance at once. */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxSender sender;
    private final OutboxService outbox;
    private final UndeliverableAddresses undeliverable;

    OutboxWorker(OutboxSender sender, OutboxService outbox, UndeliverableAddresses undeliverable) {
        this.sender = sender;
        this.outbox = outbox;
        this.undeliverable = undeliverable;
    }

    @Scheduled(every = "${werkbank.mail.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue();
        outbox.refreshMetrics();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredUndeliverableAddresses() {
        undeliverable.forgetExpired();
    }
}
