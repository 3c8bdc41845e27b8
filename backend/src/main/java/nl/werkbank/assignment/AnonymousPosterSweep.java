package nl.werkbank.assignment;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.privacy.erasure.ErasureService;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1: the identity of someone who posted without an account (name, organisation, e-mail, phone,
 * the e-mail identity itself) goes 2 years after their last assignment closed. DELETE erases the
 * e-mail identity through {@link ErasureService} (the poster's details, manage links, their own mail;
 * copies redacted); the assignment itself stays, closed, without a poster. No ANONYMISE: what is
 * left after removing the identity is exactly what DELETE leaves.
 */
@ApplicationScoped
@Unremovable
public class AnonymousPosterSweep implements RetentionSweep {

    private final AssignmentPosterRepository posters;
    private final ErasureService erasure;

    AnonymousPosterSweep(AssignmentPosterRepository posters, ErasureService erasure) {
        this.posters = posters;
        this.erasure = erasure;
    }

    @Override
    public String category() {
        return "anonymous-poster";
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        Instant closedBefore = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        return posters
                .allClosedBefore(
                        closedBefore, Optional.ofNullable(after).map(UUID::fromString), Optional.empty(), limit)
                .stream()
                .map(subjectId -> new DueRecord(subjectId.toString(), subjectId))
                .toList();
    }

    /**
     * Re-checks that every assignment of the poster is still closed (one cannot reopen, but the
     * poster may have posted again since); {@code apply} is not given the period, {@link #due}
     * checked it in the same batch transaction.
     */
    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        if (records.isEmpty()) {
            return 0;
        }
        List<UUID> chosen = records.stream().map(DueRecord::subjectId).toList();
        int erased = 0;
        for (UUID subjectId : posters.allClosedBefore(now, Optional.empty(), Optional.of(chosen), chosen.size())) {
            if (erasure.erase(subjectId, AuditActor.system()).isPresent()) {
                erased++;
            }
        }
        return erased;
    }
}
