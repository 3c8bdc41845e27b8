package nl.werkbank.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A disclosure as the subject sees it in "who received my data": codes and names only, so the
 * SPA renders it in the reader's language (issue 16).
 */
@Schema(name = "Disclosure")
public record DisclosureView(
        @Schema(required = true) UUID id,
        @Schema(required = true) DisclosureRecipient recipient,

        @Schema(nullable = true, description = "The person who received it on the recipient's behalf")
        String recipientPerson,

        @Schema(
                required = true,
                description = "Codes of the kinds of data released: name, contact-details, cv, response")
        List<String> categories,

        @Schema(
                required = true,
                enumeration = {"recruitment", "coaching", "application"},
                description = "recruitment: an organisation asked for it; coaching: a coach accepted your"
                        + " request; application: your response went to the assignment's poster")
        String purpose,

        @Schema(required = true) Instant disclosedAt) {

    /** The receiving party: a kind code and, but for the coach network, a name to show with it. */
    @Schema(name = "DisclosureRecipient")
    public record DisclosureRecipient(
            @Schema(
                    required = true,
                    enumeration = {"organisation", "assignment-poster", "coach-network"})
            String kind,

            @Schema(
                    nullable = true,
                    description = "The organisation's name, or the title of the assignment whose poster"
                            + " received it; absent for the coach network")
            String name) {}

    static DisclosureView of(Disclosure disclosure) {
        return new DisclosureView(
                disclosure.id,
                new DisclosureRecipient(disclosure.recipientKind, disclosure.recipientName),
                disclosure.recipientPerson,
                List.copyOf(disclosure.categories),
                disclosure.purpose,
                disclosure.disclosedAt);
    }
}
