package nl.werkbank.retention;

import java.time.Period;

/**
 * T-1: fired in the transaction of a policy change, so the feature that shows a due date derived
 * from the policy (a closed account's erasure date) can keep it in step.
 */
public record RetentionPolicyChanged(String category, Period period) {}
