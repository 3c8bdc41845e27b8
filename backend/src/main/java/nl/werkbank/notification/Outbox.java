package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.common.WerkbankConfig;

/**
 * Services never send mail: they enqueue it here, inside their own transaction, so the mail
 * exists exactly when the change that causes it does (S-3).
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final WerkbankConfig config;
    private final Clock clock;
    private final Unsubscribe unsubscribe;
    private final MailLinks mailLinks;
    private final OutboxDataHandler erasure;

    Outbox(
            OutboxRepository messages,
            OutboxAttachmentRepository attachments,
            WerkbankConfig config,
            Clock clock,
            Unsubscribe unsubscribe,
            MailLinks mailLinks,
            OutboxDataHandler erasure) {
        this.mailLinks = mailLinks;
        this.erasure = erasure;
        this.messages = messages;
        this.attachments = attachments;
        this.config = config;
        this.clock = clock;
        this.unsubscribe = unsubscribe;
    }

    /**
     * Renders the mail now, in the recipient's language, with the footer every mail carries (C-4),
     * and queues it with its purpose; it is sent as rendered. Its plain links to the SPA go through
     * the redirect that counts a click as meaningful contact (T-2).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Mail mail) {
        return enqueue(mail, new UUID[0]);
    }

    /**
     * As {@link #enqueue(Mail)}, for a mail that also carries personal data of other subjects than
     * its recipient (a response forwarded to the poster carries the respondent's): erasure of any of
     * them removes or redacts the stored copy (D-4). The recipient's subject is always tagged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Mail mail, UUID... alsoAbout) {
        String rendered = mail.content().in(mail.language()).render().strip();
        int firstBreak = rendered.indexOf('\n');
        Instant now = clock.instant();

        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.subjectId = mail.subjectId();
        message.recipient = mail.recipient();
        message.template = mail.content().template();
        message.language = mail.language();
        message.mailSubject = rendered.substring(0, firstBreak).strip();
        String purpose = mail.content().purpose();
        String footer = MailFooter.render(
                mail.language(),
                mail.subjectId() == null
                        ? Optional.empty()
                        : unsubscribe.linkFor(mail.subjectId(), purpose, mail.language()));
        String body = rendered.substring(firstBreak + 1).strip();
        if (mail.subjectId() != null) {
            body = mailLinks.throughRedirect(mail.subjectId(), body);
        }
        message.bodyText = body + "\n\n" + footer + "\n";
        message.purpose = purpose;
        message.messageId = "<" + message.id + "@" + config.mail().messageIdDomain() + ">";
        message.status = OutboxMessage.Status.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        messages.persist(message);
        for (Mail.Attachment file : mail.attachments()) {
            OutboxAttachment attachment = new OutboxAttachment();
            attachment.id = UUID.randomUUID();
            attachment.messageId = message.id;
            attachment.fileName = file.fileName();
            attachment.contentType = file.contentType();
            attachment.content = file.content();
            attachments.persist(attachment);
        }
        Set<UUID> about = new LinkedHashSet<>();
        if (mail.subjectId() != null) {
            about.add(mail.subjectId());
        }
        Arrays.stream(alsoAbout).filter(Objects::nonNull).forEach(about::add);
        messages.flush();
        messages.tag(message.id, about);
        return message.id;
    }

    /**
     * R-4, T-1: the stored copy of one mail loses its content (subject line, body, files; cancelled
     * if still queued), as at erasure: for data erased on its own, without erasing the person (one
     * response whose retention ended). A message that is gone is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void redact(UUID messageId) {
        messages.findByIdOptional(messageId).ifPresent(erasure::redact);
    }
}
