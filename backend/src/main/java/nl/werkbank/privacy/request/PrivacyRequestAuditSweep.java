package nl.werkbank.privacy.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1 {@code privacy-request-audit} (default P5Y from the request's completion): a closed
 * data-subject request, with the history of its steps, is the proof that the request was handled;
 * once that period ends the request goes with everything hanging from it. The hash-chained audit
 * log is not touched: its entries about the request name only ids and codes (no personal data),
 * the log refuses deletes (S-6), and an {@code audit_checkpoint} can only cut off the oldest part
 * of the whole chain, not the entries of one request.
 */
@ApplicationScoped
public class PrivacyRequestAuditSweep implements RetentionSweep {

    private final PrivacyRequestService requests;

    PrivacyRequestAuditSweep(PrivacyRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String category() {
        return "privacy-request-audit";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        return requests.closedBefore(cutoff, after, limit).stream()
                .map(request -> new DueRecord(request.id().toString(), request.subjectId()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        if (action != RetentionAction.DELETE) {
            throw new IllegalArgumentException("privacy-request-audit supports DELETE only, not " + action);
        }
        return requests.deleteClosed(
                records.stream().map(record -> UUID.fromString(record.key())).toList());
    }
}
