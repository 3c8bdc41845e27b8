package nl.werkbank.testing;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.retention.RetentionRunReport;
import nl.werkbank.retention.RetentionService;
import nl.werkbank.retention.RunTrigger;

/** Runs the retention sweeps as the schedule would (T-4), for tests that move the clock past a period. */
public final class Retention {

    private Retention() {}

    public static RetentionRunReport run() {
        return CDI.current()
                .select(RetentionService.class)
                .get()
                .run(RunTrigger.MANUAL, false, AuditActor.system(), Optional.empty())
                .orElseThrow(() -> new IllegalStateException("a retention run is already in progress"));
    }
}
