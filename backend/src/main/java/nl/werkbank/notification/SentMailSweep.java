package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionPeriods;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1 sent-mail: 30 days after sending, a message's body and attachments (a forwarded response
 * carries the respondent's CV) are cleared; recipient, template, subject line and times stay as
 * the record that it was sent. 30 days covers what the sent copy is for: a bounce or a delivery
 * question comes back within days, and a person asking "what did you send me" (Art. 15) or a
 * complaint about a mail is typically raised within the month; after that the copy only
 * duplicates data that lives, under its own retention, in the feature it came from (and a
 * response forwarded to a poster must not outlive the response's own 4 weeks by much).
 */
@ApplicationScoped
class SentMailSweep implements RetentionSweep {

    private final OutboxService outbox;

    SentMailSweep(OutboxService outbox) {
        this.outbox = outbox;
    }

    @Override
    public String category() {
        return "sent-mail";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.ANONYMISE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        return outbox
                .sentBefore(RetentionPeriods.cutoff(now, period), after == null ? null : UUID.fromString(after), limit)
                .stream()
                .map(e -> new DueRecord(e.getKey().toString(), e.getValue().orElse(null)))
                .toList();
    }

    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        return outbox.clearSentContent(
                records.stream().map(r -> UUID.fromString(r.key())).toList(), now);
    }
}
