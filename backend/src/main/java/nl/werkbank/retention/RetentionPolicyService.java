package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/** T-1: the retention policies, rows the privacy officer edits within the law's minimums. */
@ApplicationScoped
public class RetentionPolicyService {

    /** Closed accounts: the period after closure before the account is erased (D-4). */
    public static final String CLOSED_ACCOUNT = "closed-account";

    /**
     * Periods the law sets as a floor: invoices and placement records are kept 7 years from the
     * end of the fiscal year (Art. 52 AWR, Art. 2:10 BW).
     */
    static final Map<String, Period> LEGAL_MINIMUMS = Map.of("financial-record", Period.ofYears(7));

    private final RetentionPolicyRepository policies;
    private final RetentionSweeps sweeps;
    private final RetentionAccess access;
    private final Audit audit;
    private final Event<RetentionPolicyChanged> changed;
    private final Clock clock;

    RetentionPolicyService(
            RetentionPolicyRepository policies,
            RetentionSweeps sweeps,
            RetentionAccess access,
            Audit audit,
            Event<RetentionPolicyChanged> changed,
            Clock clock) {
        this.policies = policies;
        this.sweeps = sweeps;
        this.access = access;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public List<RetentionPolicyView> list(Caller caller) {
        access.requireOfficer(caller);
        return policies.allByCategory().stream().map(this::view).toList();
    }

    /** The category's current period; a feature that shows a due date derived from it asks here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Period periodOf(String category) {
        return Period.parse(policies.findById(category).period);
    }

    @Transactional
    public RetentionPolicyView update(Caller caller, String category, RetentionPolicyInput input) {
        access.requireOfficer(caller);
        RetentionPolicy policy = policies.findByIdOptional(category)
                .orElseThrow(() -> ProblemException.notFound("No such retention category."));
        Period period = requireValid(category, input);
        AuditDetails details = AuditDetails.none()
                .withCodes("category", List.of(category))
                .withCodes("oldPeriod", List.of(code(policy.period)))
                .withCodes("newPeriod", List.of(code(period.toString())))
                .withCode("oldAction", policy.action)
                .withCode("newAction", input.action())
                .withCodes("oldEnabled", List.of(Boolean.toString(policy.enabled)))
                .withCodes("newEnabled", List.of(input.enabled().toString()));
        boolean periodChanged = !Period.parse(policy.period).equals(period);
        policy.period = period.toString();
        policy.action = input.action();
        policy.enabled = input.enabled();
        policy.updatedAt = clock.instant();
        policy.updatedBy = caller.subjectId();
        audit.append(caller, AuditAction.RETENTION_POLICY_CHANGED, null, details);
        if (periodChanged) {
            changed.fire(new RetentionPolicyChanged(category, period));
        }
        return view(policy);
    }

    /** Enabled policies that a feature sweeps, in category order: what a run works through. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<RetentionPolicy> sweepable() {
        return policies.allByCategory().stream()
                .filter(p -> p.enabled && sweeps.of(p.category).isPresent())
                .toList();
    }

    /** S-2: every broken rule at once. */
    private Period requireValid(String category, RetentionPolicyInput input) {
        List<ProblemException.Violation> violations = new ArrayList<>();
        Optional<Period> period = RetentionPeriods.parse(input.period());
        if (period.isEmpty()) {
            violations.add(new ProblemException.Violation(
                    "period",
                    FieldCode.FORMAT,
                    Text.of(
                            "must be an ISO-8601 period such as P30D or P7Y",
                            "moet een ISO-8601-periode zijn, zoals P30D of P7Y")));
        } else if (period.get().isNegative()) {
            violations.add(new ProblemException.Violation(
                    "period", FieldCode.RANGE, Text.of("must not be negative", "mag niet negatief zijn")));
        } else {
            Period minimum = LEGAL_MINIMUMS.get(category);
            if (minimum != null && !RetentionPeriods.atLeast(period.get(), minimum)) {
                violations.add(new ProblemException.Violation(
                        "period",
                        FieldCode.RANGE,
                        Text.of(
                                "must be at least " + minimum + ": the legal minimum of this category",
                                "moet minstens " + minimum + " zijn: de wettelijke bewaartermijn van deze categorie")));
            }
        }
        sweeps.of(category)
                .filter(sweep -> !sweep.supportedActions().contains(input.action()))
                .ifPresent(sweep -> violations.add(new ProblemException.Violation(
                        "action",
                        FieldCode.ONE_OF,
                        Text.of(
                                "must be one of " + sorted(sweep) + " for this category",
                                "moet een van " + sorted(sweep) + " zijn voor deze categorie"))));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return period.orElseThrow();
    }

    private static List<RetentionAction> sorted(RetentionSweep sweep) {
        return sweep.supportedActions().stream()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static String code(String period) {
        return period.toLowerCase(java.util.Locale.ROOT);
    }

    private RetentionPolicyView view(RetentionPolicy policy) {
        return new RetentionPolicyView(
                policy.category,
                policy.period,
                policy.trigger,
                policy.action,
                policy.enabled,
                sweeps.of(policy.category).map(RetentionPolicyService::sorted).orElse(List.of()),
                Optional.ofNullable(LEGAL_MINIMUMS.get(policy.category))
                        .map(Period::toString)
                        .orElse(null),
                policy.updatedAt);
    }
}
