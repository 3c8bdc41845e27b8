package nl.werkbank.retention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** T-4: what started a retention run. */
@Schema(name = "RetentionRunTrigger")
public enum RunTrigger {
    SCHEDULE,
    MANUAL
}
