package nl.werkbank.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionPeriods;
import nl.werkbank.retention.RetentionPolicyChanged;
import nl.werkbank.retention.RetentionPolicyService;
import nl.werkbank.retention.RetentionSweep;
import nl.werkbank.subject.SubjectService;

/**
 * D-4, T-1: a closed account is erased when the closed-account period has passed since closure.
 * The policy's period is the one source of the due date: closing stores closure + period as the
 * erasure date its holder is shown, and a change of the period moves every stored date with it.
 */
@ApplicationScoped
class ClosedAccountSweep implements RetentionSweep {

    private final SubjectService subjects;
    private final ErasureService erasure;

    ClosedAccountSweep(SubjectService subjects, ErasureService erasure) {
        this.subjects = subjects;
        this.erasure = erasure;
    }

    @Override
    public String category() {
        return RetentionPolicyService.CLOSED_ACCOUNT;
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        return subjects
                .closedBefore(
                        RetentionPeriods.cutoff(now, period), after == null ? null : UUID.fromString(after), limit)
                .stream()
                .map(id -> new DueRecord(id.toString(), id))
                .toList();
    }

    /** Reopened since it was selected: left alone; erased before: nothing to do. */
    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        int erased = 0;
        for (DueRecord record : records) {
            if (subjects.isClosed(record.subjectId())
                    && erasure.erase(
                                    record.subjectId(),
                                    AuditActor.system(),
                                    AuditDetails.none().withCodes("retention", List.of(category())))
                            .isPresent()) {
                erased++;
            }
        }
        return erased;
    }

    void onPolicyChanged(@Observes RetentionPolicyChanged change) {
        if (category().equals(change.category())) {
            subjects.rescheduleClosedAccounts(change.period());
        }
    }
}
