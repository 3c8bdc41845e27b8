package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.common.Language;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;

/**
 * O-2: a per-organisation daily quota on contact and CV releases, so a stolen client account
 * cannot harvest profiles. Counted in the release's own transaction by one upsert that only
 * increments below the quota: concurrent releases wait for the row lock and cannot overshoot, and
 * a release that fails afterwards (no CV) gives its count back by rolling back.
 */
@ApplicationScoped
class ReleaseQuota {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Audit audit;
    private final WerkbankConfig config;
    private final Clock clock;

    ReleaseQuota(EntityManager entityManager, Outbox outbox, Audit audit, WerkbankConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void take(Membership membership) {
        int quota = config.organisations().dailyReleaseQuota();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> counted = entityManager
                .createNativeQuery("""
                        INSERT INTO organisation_release_count (organisation_id, day, releases) VALUES (:org, :day, 1)
                        ON CONFLICT (organisation_id, day) DO UPDATE
                            SET releases = organisation_release_count.releases + 1
                            WHERE organisation_release_count.releases < :quota
                        RETURNING releases
                        """)
                .setParameter("org", membership.organisationId())
                .setParameter("day", day)
                .setParameter("quota", quota)
                .getResultList();
        if (counted.isEmpty()) {
            long untilTomorrow = Duration.between(
                            now, day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                    .toSeconds();
            throw ProblemException.tooManyRequests(
                    "Your organisation has reached its daily number of contact and CV releases.",
                    Math.max(1, untilTomorrow));
        }
        if (counted.get(0).intValue() == quota) {
            outbox.enqueue(new Mail(
                    null,
                    config.adminAlertAddress(),
                    Language.en,
                    new OrganisationMails.ReleaseQuotaReached(
                            membership.organisationName(), membership.organisationId(), quota)));
            audit.append(
                    AuditActor.system(),
                    AuditAction.RELEASE_QUOTA_REACHED,
                    null,
                    AuditDetails.id("organisation", membership.organisationId()));
        }
    }
}
