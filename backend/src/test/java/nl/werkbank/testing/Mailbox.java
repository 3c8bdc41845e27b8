package nl.werkbank.testing;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.notification.MailLinks;
import nl.werkbank.notification.OutboxSender;

/** Reads what the outbox sent to the mock mailer (tests run with quarkus.mailer.mock=true). */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");
    private static final Pattern MAIL_LINK = Pattern.compile("/api/v1/mail-links/([A-Za-z0-9_.-]+)");

    private Mailbox() {}

    public static List<Mail> to(MockMailbox mailbox, String address) {
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of() : mails;
    }

    public static Optional<String> tokenIn(Mail mail) {
        Matcher matcher = TOKEN.matcher(mail.getText());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The pages of the SPA that the mail's tracked links lead to (T-2: plain links go through the redirect). */
    public static List<String> spaPathsIn(Mail mail) {
        MailLinks links = Arc.container().instance(MailLinks.class).get();
        return MAIL_LINK
                .matcher(mail.getText())
                .results()
                .map(link -> links.verify(link.group(1)).orElseThrow().path())
                .toList();
    }

    /** Sends everything the outbox holds, however many batches (one run of the sender sends one). */
    public static void sendAll() {
        OutboxSender outbox = Arc.container().instance(OutboxSender.class).get();
        int sent;
        do {
            sent = outbox.sendDue();
        } while (sent > 0);
    }

    /** Sends everything the outbox holds and returns the link token of the newest mail to the address. */
    public static String latestTokenSentTo(String address) {
        sendAll();
        List<Mail> mails = to(Arc.container().instance(MockMailbox.class).get(), address);
        if (mails.isEmpty()) {
            throw new IllegalStateException("No mail was sent to " + address);
        }
        return tokenIn(mails.get(mails.size() - 1))
                .orElseThrow(() -> new IllegalStateException("The newest mail to " + address + " has no link"));
    }
}
