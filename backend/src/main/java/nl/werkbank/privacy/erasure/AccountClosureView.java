package nl.werkbank.privacy.erasure;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-4: a closed account: hidden since {@code closedAt}, erased from {@code erasureDueAt}. */
@Schema(name = "AccountClosure")
public record AccountClosureView(
        @Schema(required = true, description = "When the account was closed; the profile is hidden since")
        Instant closedAt,

        @Schema(
                required = true,
                description = "When the account is due for erasure (30 days after closing); asking for ERASURE"
                        + " erases it at once instead")
        Instant erasureDueAt) {}
