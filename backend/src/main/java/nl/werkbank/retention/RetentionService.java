package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * T-4: runs every enabled policy that a feature sweeps, category by category, in bounded
 * batches that are each their own transaction ({@link RetentionBatches} explains how a run is
 * done exactly once across instances and resumed after a crash). A failing batch is counted as
 * errors and the run goes on after it. Results go to the database, the audit log and metrics.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionBatches batches;
    private final RetentionSweeps sweeps;
    private final RetentionRunRepository runs;
    private final RetentionMetrics metrics;
    private final RetentionAccess access;
    private final PageLimit pageLimit;
    private final WerkbankConfig config;
    private final Clock clock;

    RetentionService(
            RetentionBatches batches,
            RetentionSweeps sweeps,
            RetentionRunRepository runs,
            RetentionMetrics metrics,
            RetentionAccess access,
            PageLimit pageLimit,
            WerkbankConfig config,
            Clock clock) {
        this.batches = batches;
        this.sweeps = sweeps;
        this.runs = runs;
        this.metrics = metrics;
        this.access = access;
        this.pageLimit = pageLimit;
        this.config = config;
        this.clock = clock;
    }

    /** The privacy officer runs the due sweeps now; 409 while another run is in progress. */
    public RetentionRunReport runNow(Caller caller, RetentionRunInput input) {
        access.requireOfficer(caller);
        return run(RunTrigger.MANUAL, input.dryRun(), AuditActor.subject(caller.subjectId()), Optional.empty())
                .orElseThrow(() ->
                        ProblemException.conflict("A retention run is in progress; try again when it has finished."));
    }

    /** The daily schedule; empty when another instance is running the sweeps. */
    public Optional<RetentionRunReport> runScheduled() {
        return run(RunTrigger.SCHEDULE, false, AuditActor.system(), Optional.empty());
    }

    /**
     * A dry run with the periods measured at {@code asOf} instead of now: what a run at that
     * moment would remove (the privacy office's digest looks ahead to the next scheduled run).
     */
    public RetentionRunReport dryRunAsOf(Instant asOf) {
        return run(RunTrigger.SCHEDULE, true, AuditActor.system(), Optional.of(asOf))
                .orElseThrow();
    }

    /** Runs the sweeps; empty when a real run is already in progress. */
    public Optional<RetentionRunReport> run(
            RunTrigger trigger, boolean dryRun, AuditActor actor, Optional<Instant> asOf) {
        UUID holder = UUID.randomUUID();
        Optional<RetentionBatches.Started> started = batches.start(trigger, dryRun, holder);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        UUID runId = started.get().runId();
        for (RetentionBatches.Policy policy : started.get().policies()) {
            RetentionSweep sweep = sweeps.of(policy.category()).orElseThrow();
            long begun = System.nanoTime();
            try {
                sweepCategory(runId, holder, dryRun, policy, sweep, asOf);
            } catch (RetentionBatches.LeaseLost lost) {
                LOG.warnf("Retention run %s was taken over by another instance; this one stops", runId);
                return Optional.of(batches.finish(runId, holder, actor));
            }
            long durationMs = (System.nanoTime() - begun) / 1_000_000;
            RetentionRunReport.CategoryReport figures =
                    batches.finishCategory(runId, policy.category(), dryRun, durationMs);
            metrics.record(policy.category(), dryRun, figures);
        }
        return Optional.of(batches.finish(runId, holder, actor));
    }

    private void sweepCategory(
            UUID runId,
            UUID holder,
            boolean dryRun,
            RetentionBatches.Policy policy,
            RetentionSweep sweep,
            Optional<Instant> asOf) {
        int batchSize = config.retention().batchSize();
        String after = null;
        while (true) {
            RetentionBatches.Progress progress = new RetentionBatches.Progress();
            Batch batch;
            try {
                batch = batches.batch(
                        runId, holder, dryRun, policy, sweep, after, asOf.orElseGet(clock::instant), progress);
            } catch (RetentionBatches.LeaseLost lost) {
                throw lost;
            } catch (RuntimeException failure) {
                // The exception's message may quote a record; the category and type are enough here.
                LOG.errorf(
                        "A retention batch of %s failed (%s); its records stay due for the next run",
                        policy.category(), failure.getClass().getName());
                if (progress.selected == null) {
                    batches.recordFailure(runId, policy.category(), new Batch(0, 0, 0, 0, 0, 1, null));
                    return;
                }
                List<DueRecord> selected = progress.selected;
                batch = Batch.failed(
                        selected.size(),
                        progress.held.size(),
                        selected.isEmpty()
                                ? null
                                : selected.get(selected.size() - 1).key());
                batches.recordFailure(runId, policy.category(), batch);
            }
            if (batch.selected() < batchSize
                    || batch.lastKey() == null
                    || batch.lastKey().equals(after)) {
                return;
            }
            after = batch.lastKey();
        }
    }

    /** Past runs, newest first. */
    @Transactional
    public RetentionRunReport.Page list(Caller caller, String cursor, Integer limit) {
        access.requireOfficer(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> before = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<RetentionRun> page = Page.of(
                runs.page(before.map(KeysetCursor::instantKey), before.map(KeysetCursor::id), size),
                size,
                r -> KeysetCursor.after(r.startedAt, r.id));
        Map<UUID, List<RetentionRunReport.CategoryReport>> figures =
                runs.figures(page.items().stream().map(r -> r.id).toList()).stream()
                        .sorted(Comparator.comparing(RetentionRunRepository.CategoryFigures::category))
                        .collect(Collectors.groupingBy(
                                RetentionRunRepository.CategoryFigures::runId,
                                Collectors.mapping(RetentionBatches::report, Collectors.toList())));
        List<RetentionRunReport> items = page.items().stream()
                .map(r -> new RetentionRunReport(
                        r.id,
                        r.dryRun,
                        r.trigger,
                        r.startedAt,
                        r.finishedAt,
                        Objects.requireNonNullElse(figures.get(r.id), List.of())))
                .toList();
        return new RetentionRunReport.Page(items, page.nextCursor());
    }
}
