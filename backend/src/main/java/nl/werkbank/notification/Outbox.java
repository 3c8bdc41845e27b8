package nl.werkbank.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
    private final Engine templates;
    private final WerkbankConfig config;
    private final Clock clock;

    Outbox(
            OutboxRepository messages,
            OutboxAttachmentRepository attachments,
            Engine templates,
            WerkbankConfig config,
            Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    /** Renders the mail now, in the recipient's language, and queues it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Mail mail) {
        String name = "mail/" + mail.template() + "." + mail.language().name() + ".txt";
        Template template = templates.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("No mail template " + name);
        }
        Map<String, Object> data = new HashMap<>(mail.data());
        data.put("spaUrl", config.spaUrl());
        String rendered = template.data(data).render().strip();
        int firstBreak = rendered.indexOf('\n');
        Instant now = clock.instant();

        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.subjectId = mail.subjectId();
        message.recipient = mail.recipient();
        message.template = mail.template();
        message.language = mail.language();
        message.mailSubject = rendered.substring(0, firstBreak).strip();
        message.bodyText = rendered.substring(firstBreak + 1).strip() + "\n";
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
        return message.id;
    }
}
