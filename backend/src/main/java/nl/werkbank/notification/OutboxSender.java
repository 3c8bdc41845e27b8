package nl.werkbank.notification;

import io.quarkus.arc.All;
import io.quarkus.mailer.Mailer;
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
 * {@link SendRule} that refuses it cancels it.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final OutboxRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final Mailer mailer;
    private final WerkbankConfig config;
    private final Clock clock;
    private final List<SendRule> rules;
    private final Unsubscribe unsubscribe;

    OutboxSender(
            OutboxRepository messages,
            OutboxAttachmentRepository attachments,
            Mailer mailer,
            WerkbankConfig config,
            Clock clock,
            @All List<SendRule> rules,
            Unsubscribe unsubscribe) {
        this.messages = messages;
        this.attachments = attachments;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.rules = rules;
        this.unsubscribe = unsubscribe;
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
                mailer.send(mail);
                message.status = OutboxMessage.Status.SENT;
                message.sentAt = clock.instant();
                message.bodyText = withoutLinkTokens(message.bodyText);
                message.attempts++;
                sent++;
            } catch (RuntimeException e) {
                message.attempts++;
                message.lastError = describe(e);
                message.nextAttemptAt = clock.instant().plus(backoff(message.attempts));
                LOG.warnf("Mail %s not sent (attempt %d): %s", message.id, message.attempts, message.lastError);
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
