package nl.werkbank.privacy.breach;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a notice: mails queued, and the subjects we hold no mail address for. */
@Schema(name = "BreachNoticeResult")
public record BreachNoticeResult(
        @Schema(required = true, description = "Mails queued in the outbox")
        int queued,

        @Schema(required = true, description = "Subjects without an account mail address; tell them another way")
        List<UUID> withoutAddress) {}
