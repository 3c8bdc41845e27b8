package nl.werkbank.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disclosure as the subject sees it in "who received my data". */
@Schema(name = "Disclosure")
public record DisclosureView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The receiving organisation, or 'poster of assignment X'")
        String recipient,

        @Schema(nullable = true, description = "The person who received it on the recipient's behalf")
        String recipientPerson,

        @Schema(required = true) List<String> categories,
        @Schema(required = true) String purpose,
        @Schema(required = true) Instant disclosedAt) {

    static DisclosureView of(Disclosure disclosure) {
        return new DisclosureView(
                disclosure.id,
                disclosure.recipientLabel,
                disclosure.recipientPerson,
                List.copyOf(disclosure.categories),
                disclosure.purpose,
                disclosure.disclosedAt);
    }
}
