package nl.werkbank.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkbank.common.WerkbankConfig;
import org.jboss.logging.Logger;

/**
 * Sends what is due. Each message stays locked while it is sent and is marked sent in the
 * same transaction; a crash in between leaves it pending, and the resend carries the same
 * Message-ID. An SMTP failure only delays the message (exponential backoff, capped); a
 * {@link SendRule} that refuses it cancels it, and so does a permanent refusal of its recipient
 * by the mail server (5xx to RCPT TO), which also marks the address undeliverable (S-7).
 */
@ApplicationScoped
@Startup // its counters exist from the start, so an alert sees 0 rather than no series
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final OutboxRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final ReactiveMailer mailer;
    private final WerkbankConfig config;
    private final Clock clock;
    private final List<SendRule> rules;
    private final Unsubscribe unsubscribe;
    private final UndeliverableAddresses undeliverable;
    private final Counter sentMail;
    private final Counter transientFailures;
    private final Counter permanentFailures;

    OutboxSender(
            OutboxRepository messages,
            OutboxAttachmentRepository attachments,
            ReactiveMailer mailer,
            WerkbankConfig config,
            Clock clock,
            @All List<SendRule> rules,
            Unsubscribe unsubscribe,
            UndeliverableAddresses undeliverable,
            MeterRegistry registry) {
        this.messages = messages;
        this.attachments = attachments;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.rules = rules;
        this.unsubscribe = unsubscribe;
        this.undeliverable = undeliverable;
        this.sentMail = Counter.builder("werkbank.outbox.sent")
                .description("Mail accepted by the SMTP server")
                .register(registry);
        this.transientFailures = failedAttempts(registry, "transient");
        this.permanentFailures = failedAttempts(registry, "permanent");
    }

    /**
     * S-3, S-7: attempts the SMTP server did not accept; {@code kind="permanent"} are the bounces
     * (a recipient refused with 5xx, its mail cancelled), {@code kind="transient"} are retried.
     */
    private static Counter failedAttempts(MeterRegistry registry, String kind) {
        return Counter.builder("werkbank.outbox.failed.attempts")
                .description("Attempts to send mail that failed, by kind")
                .tag("kind", kind)
                .register(registry);
    }

    /** Returns how many messages were sent. */
    @Transactional
    public int sendDue() {
        List<OutboxMessage> due =
                messages.lockDue(clock.instant(), config.mail().batchSize());
        int sent = 0;
        for (OutboxMessage message : due) {
            Optional<String> refusal = refusal(message);
            if (refusal.isPresent()) {
                message.status = OutboxMessage.Status.CANCELLED;
                message.lastError = refusal.get();
                continue;
            }
            try {
                io.quarkus.mailer.Mail mail = io.quarkus.mailer.Mail.withText(
                                message.recipient, message.mailSubject, message.bodyText)
                        .addHeader("Message-ID", message.messageId);
                oneClickUnsubscribe(message)
                        .ifPresent(url -> mail.addHeader("List-Unsubscribe", "<" + url + ">")
                                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
                attachments
                        .ofMessage(message.id)
                        .forEach(file -> mail.addAttachment(file.fileName, file.content, file.contentType));
                mailer.send(mail).await().atMost(config.mail().sendTimeout());
                message.status = OutboxMessage.Status.SENT;
                message.sentAt = clock.instant();
                message.bodyText = withoutLinkTokens(message.bodyText);
                message.attempts++;
                sentMail.increment();
                sent++;
            } catch (RuntimeException e) {
                message.attempts++;
                message.lastError = describe(e);
                Optional<Integer> refusedRecipient = permanentRecipientRefusal(e);
                if (refusedRecipient.isPresent()) {
                    undeliverable.refused(message.recipient, refusedRecipient.get());
                    message.status = OutboxMessage.Status.CANCELLED;
                    permanentFailures.increment();
                    LOG.warnf(
                            "Mail %s cancelled: the recipient's server refused the address permanently (%d)",
                            message.id, refusedRecipient.get());
                } else {
                    message.nextAttemptAt = clock.instant().plus(backoff(message.attempts));
                    transientFailures.increment();
                    LOG.warnf("Mail %s not sent (attempt %d): %s", message.id, message.attempts, message.lastError);
                }
                if (e instanceof TimeoutException) {
                    // a server that stopped answering: the rest of the batch waits for the next run
                    break;
                }
            }
        }
        return sent;
    }

    private Optional<String> refusal(OutboxMessage message) {
        QueuedMail mail =
                new QueuedMail(message.id, message.subjectId, message.recipient, message.template, message.purpose);
        return rules.stream()
                .map(rule -> rule.refusal(mail))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** RFC 8058: the signed link a mail client POSTs to, for mail of a purpose the recipient may refuse. */
    private Optional<String> oneClickUnsubscribe(OutboxMessage message) {
        if (message.subjectId == null) {
            return Optional.empty();
        }
        return unsubscribe
                .linkFor(message.subjectId, message.purpose, message.language)
                .map(Unsubscribe.Link::oneClickUrl);
    }

    /**
     * The reply code when the server refused the recipient permanently (a 5xx to RCPT TO); a 4xx
     * (mailbox full, greylisting) or a refusal of anything else is retried. Each message has one
     * recipient, so the refusal is about exactly that address.
     */
    static Optional<Integer> permanentRecipientRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPException smtp
                    && smtp.isPermanent()
                    && String.valueOf(smtp.getMessage()).startsWith(RECIPIENT_REFUSED)) {
                return Optional.of(smtp.getReplyCode());
            }
        }
        return Optional.empty();
    }

    /** How the Vert.x mail client starts the message of a refused RCPT TO. */
    private static final String RECIPIENT_REFUSED = "recipient address not accepted";

    Duration backoff(int attempts) {
        Duration first = config.mail().firstBackoff();
        Duration max = config.mail().maxBackoff();
        int doublings = Math.min(attempts - 1, 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The secret part of a verification or management link in a mail body (templates write {@code #token=…}). */
    private static final Pattern LINK_TOKEN = Pattern.compile("#token=[A-Za-z0-9_-]+");

    /**
     * D-4: once sent, the stored copy keeps what was said but not the capability it carried; a
     * verification or management token in the outbox would open the assignment or response to
     * anyone who reads the table or a backup.
     */
    static String withoutLinkTokens(String body) {
        return LINK_TOKEN.matcher(body).replaceAll("#token=[removed]");
    }

    /** SMTP replies quote the recipient ("550 <jan@…> unknown"); S-5 keeps addresses out of logs. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");

    /** The root cause's type and message without e-mail addresses, trimmed. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": "
                + EMAIL.matcher(String.valueOf(root.getMessage())).replaceAll("<address>");
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
