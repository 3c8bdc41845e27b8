package nl.werkbank.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the sender; row locks make it safe on every instance at once. */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxSender sender;

    OutboxWorker(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(every = "${werkbank.mail.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue();
    }
}
