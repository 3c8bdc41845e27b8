package nl.werkbank.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.retention.RetentionPolicyService;
import nl.werkbank.subject.KeepAccountService;
import nl.werkbank.subject.SubjectService;

/**
 * T-3: professionals whose profile expires for inactivity within the warning lead (30 days) are
 * mailed a signed one-click "keep my account" link, once per period of inactivity; the warning's
 * time is recorded, and the inactive-profile sweep deletes nothing without it. The period is the
 * inactive-profile policy's, so a change by the privacy officer moves the warnings with it.
 */
@ApplicationScoped
public class InactivityWarnings {

    private final ProfileRepository profiles;
    private final SubjectService subjects;
    private final KeepAccountService keepAccount;
    private final Outbox outbox;
    private final ClusterLock lock;
    private final RetentionPolicyService policies;
    private final WerkbankConfig config;
    private final Clock clock;

    InactivityWarnings(
            ProfileRepository profiles,
            SubjectService subjects,
            KeepAccountService keepAccount,
            Outbox outbox,
            ClusterLock lock,
            RetentionPolicyService policies,
            WerkbankConfig config,
            Clock clock) {
        this.profiles = profiles;
        this.subjects = subjects;
        this.keepAccount = keepAccount;
        this.outbox = outbox;
        this.lock = lock;
        this.policies = policies;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues one batch of warnings, once across the cluster; returns how many (the scheduler
     * calls again while a batch was full). Nobody is warned twice for the same inactivity.
     */
    @Transactional
    public int warnDue() {
        if (!lock.tryLock("inactivity-warnings")) {
            return 0;
        }
        WerkbankConfig.Inactivity inactivity = config.inactivity();
        Period profilePeriod = policies.periodOf(InactiveProfileSweep.CATEGORY);
        Instant now = clock.instant();
        Instant contactBefore = now.atZone(ZoneOffset.UTC)
                .plus(inactivity.warningLead())
                .minus(profilePeriod)
                .toInstant();
        int warned = 0;
        for (ProfileRepository.Inactive professional : profiles.toWarn(contactBefore, inactivity.warningBatch())) {
            String expiresOn = professional
                    .lastContactAt()
                    .atZone(ZoneOffset.UTC)
                    .plus(profilePeriod)
                    .toLocalDate()
                    .format(DateTimeFormatter.ISO_LOCAL_DATE);
            var address = subjects.mailAddressOf(professional.subjectId());
            if (address.isEmpty()) {
                continue;
            }
            outbox.enqueue(new Mail(
                    professional.subjectId(),
                    address.get().email(),
                    address.get().language(),
                    new ProfileMails.InactivityWarning(expiresOn, keepAccount.pageFor(professional.subjectId()))));
            subjects.recordInactivityWarning(professional.subjectId());
            warned++;
        }
        return warned;
    }
}
