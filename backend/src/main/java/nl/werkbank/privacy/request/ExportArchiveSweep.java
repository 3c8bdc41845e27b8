package nl.werkbank.privacy.request;

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

/** D-3, T-1: an access or portability archive is deleted when its period (7 days) has passed since it was made. */
@ApplicationScoped
class ExportArchiveSweep implements RetentionSweep {

    private final PrivacyRequestService requests;

    ExportArchiveSweep(PrivacyRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String category() {
        return "export-archive";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        return requests
                .exportsCreatedBefore(
                        RetentionPeriods.cutoff(now, period), after == null ? null : UUID.fromString(after), limit)
                .stream()
                .map(e -> new DueRecord(e.getKey().toString(), e.getValue()))
                .toList();
    }

    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        return requests.deleteExports(
                records.stream().map(r -> UUID.fromString(r.key())).toList());
    }
}
