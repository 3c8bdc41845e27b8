package nl.werkbank.profile;

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
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.privacy.erasure.ErasureService;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1, T-3: the profile and CV of a professional whose last meaningful contact is older than the
 * period, and only when they were warned after that contact and at least the warning lead (30
 * days) ago: without such a warning nothing goes. We do not learn of bounces (the outbox records
 * refused deliveries as send errors, not as an address that bounces), so a bounce never replaces
 * the warning. DELETE erases the whole account through {@link ErasureService}, as if the holder
 * had asked (login at the identity provider, responses, consents, mail; what the law keeps is
 * kept stripped): an account that is not used any more has no purpose without its profile.
 * ANONYMISE removes only the profile and the CV; the account (name, address, login) stays.
 */
@ApplicationScoped
@Unremovable
public class InactiveProfileSweep implements RetentionSweep {

    static final String CATEGORY = "inactive-profile";

    private final ProfileRepository profiles;
    private final ErasureService erasure;
    private final WerkbankConfig config;

    InactiveProfileSweep(ProfileRepository profiles, ErasureService erasure, WerkbankConfig config) {
        this.profiles = profiles;
        this.erasure = erasure;
        this.config = config;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Set<RetentionAction> supportedActions() {
        return Set.of(RetentionAction.DELETE, RetentionAction.ANONYMISE);
    }

    @Override
    public List<DueRecord> due(Period period, Instant now, String after, int limit) {
        return expired(period, now, Optional.ofNullable(after).map(UUID::fromString), Optional.empty(), limit).stream()
                .map(subjectId -> new DueRecord(subjectId.toString(), subjectId))
                .toList();
    }

    /**
     * Re-checks each record first: one that had meaningful contact since it was selected (which
     * voids the warning) or lost its profile is left alone. {@code apply} is not given the period;
     * {@link #due} checked it in the same batch transaction, the warning is checked again here.
     */
    @Override
    public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
        if (records.isEmpty()) {
            return 0;
        }
        List<UUID> chosen = records.stream().map(DueRecord::subjectId).toList();
        List<UUID> stillDue = expired(now, now, Optional.empty(), Optional.of(chosen), chosen.size());
        if (action == RetentionAction.ANONYMISE) {
            return profiles.deleteWithCvs(stillDue);
        }
        stillDue.forEach(subjectId -> erasure.erase(subjectId, AuditActor.system()));
        return stillDue.size();
    }

    private List<UUID> expired(Period period, Instant now, Optional<UUID> after, Optional<List<UUID>> only, int limit) {
        return expired(now.atZone(ZoneOffset.UTC).minus(period).toInstant(), now, after, only, limit);
    }

    private List<UUID> expired(
            Instant contactBefore, Instant now, Optional<UUID> after, Optional<List<UUID>> only, int limit) {
        Instant warnedBefore = now.atZone(ZoneOffset.UTC)
                .minus(config.inactivity().warningLead())
                .toInstant();
        return profiles.expired(contactBefore, warnedBefore, after, only, limit);
    }
}
