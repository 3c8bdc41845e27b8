package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.common.ClusterLock;
import nl.werkbank.common.WerkbankConfig;
import org.jboss.logging.Logger;

/**
 * T-4: the transactions of a retention run, each its own (REQUIRES_NEW): starting the run, one
 * batch of one category, recording a failed batch, closing a category, finishing the run.
 *
 * <p>Exactly once across instances: a real run holds a lease on its {@code retention_run} row.
 * Starting one takes a cluster lock and refuses while another real run's lease is valid (at most
 * one RUNNING real run is also a unique index). Every batch first locks its run row and checks
 * that the run is still RUNNING under this holder, renews the lease, and only then selects the
 * due records, so the selection is made under the lock and reflects every batch committed before
 * it. A run whose instance died stops renewing; once its lease has expired the next run marks it
 * ABANDONED (waiting for the row lock if a batch of it is still in flight) and starts afresh: the
 * due records are selected again, so the new run finishes what the old one left, and the old
 * one's next batch finds it lost the run and stops. Sweeps apply idempotently, so a record
 * applied by a batch that committed is simply no longer due.
 */
@ApplicationScoped
class RetentionBatches {

    private static final Logger LOG = Logger.getLogger(RetentionBatches.class);
    private static final String RUN_LOCK = "retention-run";

    private final RetentionRunRepository runs;
    private final RetentionPolicyService policies;
    private final LegalHoldService holds;
    private final ClusterLock lock;
    private final Audit audit;
    private final WerkbankConfig config;
    private final Clock clock;

    RetentionBatches(
            RetentionRunRepository runs,
            RetentionPolicyService policies,
            LegalHoldService holds,
            ClusterLock lock,
            Audit audit,
            WerkbankConfig config,
            Clock clock) {
        this.runs = runs;
        this.policies = policies;
        this.holds = holds;
        this.lock = lock;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** A policy as it stood when the run started. */
    record Policy(String category, Period period, RetentionAction action) {}

    record Started(UUID runId, List<Policy> policies) {}

    /** The run was taken over by another instance after its lease expired. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the retention run lost its lease", null, false, false);
        }
    }

    /** What a batch selected before it failed, so the run can count it and continue after it. */
    static final class Progress {
        List<DueRecord> selected;
        Set<String> held = Set.of();
    }

    /** Empty when a real run is already in progress (its lease still valid). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Started> start(RunTrigger trigger, boolean dryRun, UUID holder) {
        Instant now = clock.instant();
        if (!dryRun) {
            if (!lock.tryLock(RUN_LOCK)) {
                return Optional.empty();
            }
            Optional<RetentionRun> running = runs.runningForUpdate();
            if (running.isPresent()) {
                RetentionRun previous = running.get();
                if (previous.leaseExpiresAt.isAfter(now)) {
                    LOG.debugf(
                            "Retention run not started: run %s holds its lease until %s",
                            previous.id, previous.leaseExpiresAt);
                    return Optional.empty();
                }
                abandon(previous, now);
            }
        }
        runs.list("status = ?1 AND dryRun = true AND leaseExpiresAt < ?2", RetentionRun.Status.RUNNING, now)
                .forEach(stale -> abandon(stale, now));
        runs.flush();
        RetentionRun run = new RetentionRun();
        run.id = UUID.randomUUID();
        run.dryRun = dryRun;
        run.trigger = trigger;
        run.status = RetentionRun.Status.RUNNING;
        run.leaseHolder = holder;
        run.leaseExpiresAt = now.plus(config.retention().lease());
        run.startedAt = now;
        runs.persist(run);
        List<Policy> sweepable = policies.sweepable().stream()
                .map(p -> new Policy(p.category, Period.parse(p.period), p.action))
                .toList();
        return Optional.of(new Started(run.id, sweepable));
    }

    /**
     * One batch: at most the configured number of due records after {@code after}; those under a
     * legal hold are skipped and counted, the others get the policy's action (a dry run only
     * counts them). {@code asOf} is the moment the periods are measured at.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Batch batch(
            UUID runId,
            UUID holder,
            boolean dryRun,
            Policy policy,
            RetentionSweep sweep,
            String after,
            Instant asOf,
            Progress progress) {
        if (!dryRun) {
            RetentionRun run = runs.lockById(runId);
            if (run.status != RetentionRun.Status.RUNNING || !holder.equals(run.leaseHolder)) {
                throw new LeaseLost();
            }
            run.leaseExpiresAt = clock.instant().plus(config.retention().lease());
        }
        List<DueRecord> due =
                sweep.due(policy.period(), asOf, after, config.retention().batchSize());
        progress.selected = due;
        Set<String> held = holds.heldAmong(policy.category(), due);
        progress.held = held;
        List<DueRecord> toApply =
                due.stream().filter(r -> !held.contains(r.key())).toList();
        int changed = 0;
        int errors = 0;
        if (!sweep.supportedActions().contains(policy.action())) {
            errors = toApply.size();
        } else if (dryRun) {
            changed = toApply.size();
        } else if (!toApply.isEmpty()) {
            changed = sweep.apply(policy.action(), toApply, asOf);
        }
        String lastKey = due.isEmpty() ? null : due.get(due.size() - 1).key();
        Batch batch = new Batch(
                due.size(),
                due.size(),
                policy.action() == RetentionAction.DELETE ? changed : 0,
                policy.action() == RetentionAction.ANONYMISE ? changed : 0,
                held.size(),
                errors,
                lastKey);
        runs.add(runId, policy.category(), batch);
        return batch;
    }

    /** Counts a batch that failed and rolled back; the records stay due for the next run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(UUID runId, String category, Batch failed) {
        runs.add(runId, category, failed);
    }

    /** Closes a category of the run: its duration, and its figures in the audit log. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    RetentionRunReport.CategoryReport finishCategory(UUID runId, String category, boolean dryRun, long durationMs) {
        runs.setDuration(runId, category, durationMs);
        RetentionRunReport.CategoryReport figures = runs.figures(List.of(runId)).stream()
                .filter(f -> f.category().equals(category))
                .map(RetentionBatches::report)
                .findFirst()
                .orElseThrow();
        audit.append(
                AuditActor.system(),
                AuditAction.RETENTION_CATEGORY_SWEPT,
                null,
                AuditDetails.id("run", runId)
                        .withCodes("category", List.of(category))
                        .withCodes("dryRun", List.of(Boolean.toString(dryRun)))
                        .withCount("examined", figures.examined())
                        .withCount("deleted", figures.deleted())
                        .withCount("anonymised", figures.anonymised())
                        .withCount("held", figures.held())
                        .withCount("errors", figures.errors())
                        .withCount("durationMs", figures.durationMs()));
        return figures;
    }

    /** Ends the run (unless another instance took it over meanwhile) and answers its report. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    RetentionRunReport finish(UUID runId, UUID holder, AuditActor actor) {
        RetentionRun run = runs.lockById(runId);
        if (run.status == RetentionRun.Status.RUNNING && holder.equals(run.leaseHolder)) {
            run.status = RetentionRun.Status.FINISHED;
            run.finishedAt = clock.instant();
            run.leaseHolder = null;
            run.leaseExpiresAt = null;
            audit.append(
                    actor,
                    AuditAction.RETENTION_RUN_FINISHED,
                    null,
                    AuditDetails.id("run", run.id)
                            .withCode("trigger", run.trigger)
                            .withCodes("dryRun", List.of(Boolean.toString(run.dryRun))));
        }
        return report(run);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    RetentionRunReport report(RetentionRun run) {
        return new RetentionRunReport(
                run.id,
                run.dryRun,
                run.trigger,
                run.startedAt,
                run.finishedAt,
                runs.figures(List.of(run.id)).stream()
                        .map(RetentionBatches::report)
                        .toList());
    }

    static RetentionRunReport.CategoryReport report(RetentionRunRepository.CategoryFigures f) {
        return new RetentionRunReport.CategoryReport(
                f.category(), f.examined(), f.deleted(), f.anonymised(), f.held(), f.errors(), f.durationMs());
    }

    private void abandon(RetentionRun run, Instant now) {
        run.status = RetentionRun.Status.ABANDONED;
        run.finishedAt = now;
        run.leaseHolder = null;
        run.leaseExpiresAt = null;
        audit.append(AuditActor.system(), AuditAction.RETENTION_RUN_ABANDONED, null, AuditDetails.id("run", run.id));
    }
}
