package nl.werkbank.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A queued or sent mail as an operator sees it: its state, not its content. */
@Schema(name = "OutboxMessage")
public record OutboxView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String template,

        @Schema(required = true, description = "The recipient, masked: p***@example.nl")
        String recipient,

        @Schema(required = true) OutboxMessage.Status status,
        @Schema(required = true) int attempts,
        @Schema(required = true) Instant nextAttemptAt,
        @Schema(nullable = true) String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant sentAt) {

    @Schema(name = "OutboxPage")
    public record Page(
            @Schema(required = true) List<OutboxView> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(
                m.id,
                m.template,
                mask(m.recipient),
                m.status,
                m.attempts,
                m.nextAttemptAt,
                m.lastError,
                m.createdAt,
                m.sentAt);
    }

    /** Enough to recognise a domain with delivery trouble, not enough to read who is written to. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
