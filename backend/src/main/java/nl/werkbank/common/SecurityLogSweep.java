package nl.werkbank.common;

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
 * T-1 {@code security-log} (default P6M from creation): the rate-limit rows of anonymous
 * submissions, the only place the platform keeps anything derived from IP addresses (keyed hashes
 * of the client's network and of the e-mail address, S-4, S-5). {@link SubmissionLimits} already
 * forgets them once no limit window needs them; this policy is the upper bound the privacy officer
 * sets and sees. They belong to nobody the platform knows, so no legal hold on a subject covers them.
 */
@ApplicationScoped
public class SecurityLogSweep implements RetentionSweep {

    private final SubmissionLimits limits;

    SecurityLogSweep(SubmissionLimits limits) {
        this.limits = limits;
    }

    @Override
    public String category() {
        return "security-log";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        return limits.createdBefore(cutoff, after, limit).stream()
                .map(id -> new DueRecord(id.toString(), null))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        if (action != RetentionAction.DELETE) {
            throw new IllegalArgumentException("security-log supports DELETE only, not " + action);
        }
        return limits.delete(
                records.stream().map(record -> UUID.fromString(record.key())).toList());
    }
}
