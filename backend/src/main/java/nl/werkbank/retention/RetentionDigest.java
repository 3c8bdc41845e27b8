package nl.werkbank.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;

/**
 * T-4 grace period: every day the privacy office is mailed what the next daily run will remove,
 * from a dry run measured at that run's time (a day ahead), so it can place holds first.
 */
@ApplicationScoped
public class RetentionDigest {

    /** The sweeps run daily: the next run is at most this far ahead. */
    static final Duration NEXT_RUN = Duration.ofDays(1);

    private final RetentionService retention;
    private final RetentionRunRepository runs;
    private final ClusterLock lock;
    private final Outbox outbox;
    private final Audit audit;
    private final WerkbankConfig config;
    private final Clock clock;

    RetentionDigest(
            RetentionService retention,
            RetentionRunRepository runs,
            ClusterLock lock,
            Outbox outbox,
            Audit audit,
            WerkbankConfig config,
            Clock clock) {
        this.retention = retention;
        this.runs = runs;
        this.lock = lock;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues the digest and returns the dry run it reports; empty when another instance sends it
     * or it went out today (UTC) already. The outer transaction holds the cluster lock while the
     * dry run's own transactions run, and the day's scheduled dry run marks the digest as sent.
     */
    public Optional<RetentionRunReport> send() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Instant today =
                    now.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
            if (!lock.tryLock("retention-digest") || runs.scheduledDryRunSince(today)) {
                return Optional.empty();
            }
            Instant nextRun = now.plus(NEXT_RUN);
            RetentionRunReport report = retention.dryRunAsOf(nextRun);
            List<RetentionMails.DigestLine> lines = report.categories().stream()
                    .map(c -> new RetentionMails.DigestLine(c.category(), c.deleted() + c.anonymised(), c.held()))
                    .toList();
            outbox.enqueue(new Mail(
                    null,
                    config.privacyContact(),
                    config.defaultLanguage(),
                    new RetentionMails.Digest(
                            lines,
                            nextRun.atOffset(ZoneOffset.UTC).toLocalDate().toString())));
            audit.append(
                    AuditActor.system(), AuditAction.RETENTION_DIGEST_SENT, null, AuditDetails.id("run", report.id()));
            return Optional.of(report);
        });
    }
}
