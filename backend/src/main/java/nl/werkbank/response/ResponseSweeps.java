package nl.werkbank.response;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import nl.werkbank.response.ResponseRepository.RetentionKind;
import nl.werkbank.retention.DueRecord;
import nl.werkbank.retention.RetentionAction;
import nl.werkbank.retention.RetentionSweep;

/**
 * T-1, R-4: the three retention categories of responses after the procedure closed. Unremovable:
 * the retention engine finds every sweep by type, never by injecting one by name.
 */
public final class ResponseSweeps {

    private ResponseSweeps() {}

    /** One category of responses, carried out by {@link ResponseRetention}. */
    abstract static class Sweep implements RetentionSweep {

        private final ResponseRetention retention;
        private final RetentionKind kind;

        Sweep(ResponseRetention retention, RetentionKind kind) {
            this.retention = retention;
            this.kind = kind;
        }

        @Override
        public Set<RetentionAction> supportedActions() {
            return Set.of(RetentionAction.DELETE, RetentionAction.ANONYMISE);
        }

        @Override
        public List<DueRecord> due(Period period, Instant now, String after, int limit) {
            return retention.due(kind, period, now, after, limit);
        }

        @Override
        public int apply(RetentionAction action, List<DueRecord> records, Instant now) {
            return retention.apply(kind, action, records, now);
        }
    }

    /** "for this assignment only": erased when the procedure closes (P0D). */
    @Singleton
    @Unremovable
    public static class ThisAssignmentOnly extends Sweep {

        ThisAssignmentOnly(ResponseRetention retention) {
            super(retention, RetentionKind.THIS_ASSIGNMENT_ONLY);
        }

        @Override
        public String category() {
            return "response-this-assignment-only";
        }
    }

    /** T-1: the Dutch norm for applicant data: 4 weeks after the procedure closed (P28D), without the respondent's yes. */
    @Singleton
    @Unremovable
    public static class Unkept extends Sweep {

        Unkept(ResponseRetention retention) {
            super(retention, RetentionKind.UNKEPT);
        }

        @Override
        public String category() {
            return "response";
        }
    }

    /** T-1: the respondent answered "keep it for a year" (P1Y after the procedure closed). */
    @Singleton
    @Unremovable
    public static class Kept extends Sweep {

        Kept(ResponseRetention retention) {
            super(retention, RetentionKind.KEPT);
        }

        @Override
        public String category() {
            return "response-kept";
        }
    }
}
