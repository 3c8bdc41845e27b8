package nl.werkbank.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;

/** S-3: what an operator needs to see of the outbox: the queue, the retries, the failures. */
@ApplicationScoped
public class OutboxService {

    /** What a sent message's body says once its content was cleared (T-1 sent-mail). */
    static final String CLEARED_BODY = "The content of this message was removed after its retention period.\n"
            + "De inhoud van dit bericht is verwijderd na de bewaartermijn.\n";

    private final OutboxRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final PageLimit pageLimit;
    private final OutboxAccess access;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final Clock clock;

    OutboxService(
            OutboxRepository messages,
            OutboxAttachmentRepository attachments,
            PageLimit pageLimit,
            OutboxAccess access,
            Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.attachments = attachments;
        this.pageLimit = pageLimit;
        this.access = access;
    }

    void registerMetrics(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("werkbank.outbox.pending", pending, AtomicLong::get)
                .description("Mail waiting to be sent")
                .register(registry);
        Gauge.builder("werkbank.outbox.retrying", retrying, AtomicLong::get)
                .description("Mail waiting after at least one failed attempt")
                .register(registry);
        Gauge.builder("werkbank.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest mail still waiting to be sent; 0 when none waits (S-3 alert)")
                .register(registry);
    }

    /** Counts the queue; the sender calls it after each run, so the gauges lag at most one run. */
    @Transactional
    public void refreshMetrics() {
        pending.set(messages.count("status", OutboxMessage.Status.PENDING));
        retrying.set(messages.count("status = ?1 AND attempts > 0", OutboxMessage.Status.PENDING));
        oldestPendingSeconds.set(messages.oldestPendingSince()
                .map(since ->
                        Math.max(0, Duration.between(since, clock.instant()).toSeconds()))
                .orElse(0L));
    }

    /** Newest first; optionally one status; only for admins. */
    @Transactional
    public OutboxView.Page list(Caller caller, Optional<OutboxMessage.Status> status, String cursor, Integer limit) {
        access.requireCanInspect(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<OutboxView> page = Page.of(
                        messages.pageBefore(
                                status, before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                        size,
                        m -> KeysetCursor.after(m.createdAt, m.id))
                .map(OutboxView::of);
        return new OutboxView.Page(page.items(), page.nextCursor());
    }

    /**
     * T-1 sent-mail: sent messages whose content is still there, sent before the cutoff, by id
     * after {@code after}; each as its id and recipient subject (null for an address outside).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map.Entry<UUID, Optional<UUID>>> sentBefore(Instant cutoff, UUID after, int limit) {
        return messages.sentUnclearedBefore(cutoff, after, limit).stream()
                .map(m -> Map.entry(m.id, Optional.ofNullable(m.subjectId)))
                .toList();
    }

    /**
     * T-1 sent-mail: clears the body and deletes the files of these sent messages, keeping that
     * they were sent, to whom and when. One cleared before is left alone. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int clearSentContent(List<UUID> messageIds, Instant now) {
        int cleared = 0;
        for (UUID id : messageIds) {
            OutboxMessage message = messages.findById(id);
            if (message == null || message.status != OutboxMessage.Status.SENT || message.contentClearedAt != null) {
                continue;
            }
            message.bodyText = CLEARED_BODY;
            message.contentClearedAt = now;
            attachments.delete("messageId", id);
            cleared++;
        }
        return cleared;
    }
}
