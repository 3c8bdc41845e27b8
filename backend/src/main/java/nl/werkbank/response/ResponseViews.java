package nl.werkbank.response;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateView;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.privacy.DisclosureView.DisclosureRecipient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of a response: the respondent's (no poster identity, R-3) and the poster's. */
public final class ResponseViews {

    private ResponseViews() {}

    @Schema(name = "Answer")
    public record AnswerView(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String question,
            @Schema(required = true) String value) {}

    /** what the respondent sees; the poster appears only as the poster of the assignment, by its title. */
    @Schema(name = "MyResponse")
    public record MyResponse(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID assignmentId,
            @Schema(required = true) String assignmentTitle,
            @Schema(required = true) ResponseStatus status,

            @Schema(
                    required = true,
                    description = "Who receives the response: kind assignment-poster with the assignment's"
                            + " title as name (R-3: never who the poster is); the SPA words it (issue 16)")
            DisclosureRecipient forwardedTo,

            @Schema(nullable = true) Instant forwardedAt,
            @Schema(required = true) boolean thisAssignmentOnly,
            @Schema(required = true) List<AnswerView> answers,
            @Schema(required = true) String motivation,
            @Schema(required = true) List<ProcedureUpdateView> procedureUpdates,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "MyResponseList")
    public record MyResponseList(
            @Schema(required = true) List<MyResponse> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    /** What the poster sees of a response they received. */
    @Schema(name = "ReceivedResponse")
    public record ReceivedResponse(
            @Schema(required = true) UUID id,
            @Schema(required = true) ResponseStatus status,
            @Schema(required = true) String name,
            @Schema(required = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(required = true) String motivation,
            @Schema(required = true) List<AnswerView> answers,

            @Schema(required = true, description = "R-4: destroy your copy when the procedure ends")
            boolean thisAssignmentOnly,

            @Schema(required = true) boolean hasCv,
            @Schema(required = true) Instant receivedAt) {}

    @Schema(name = "ReceivedResponseList")
    public record ReceivedResponseList(
            @Schema(required = true) List<ReceivedResponse> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    /**
     * Answer to a response: its status only, which the SPA words (RECEIVED: forwarded to the poster;
     * PENDING_VERIFICATION: check your e-mail). The same for a visitor whatever the address.
     */
    @Schema(name = "ResponseReceived")
    public record ResponseReceived(@Schema(required = true) ResponseStatus status) {}

    @Schema(name = "ResponseVerification")
    public record VerificationRequest(
            @NotBlank @Schema(required = true, maxLength = CapabilityTokens.LENGTH)
            String token) {}

    @Schema(name = "ResponseStatusInput")
    public record StatusInput(
            @NotNull
            @Schema(
                    required = true,
                    enumeration = {"IN_REVIEW", "SHORTLISTED", "REJECTED"})
            ResponseStatus status) {}

    @Schema(name = "PlacementInput")
    public record PlacementInput(
            @NotNull @Schema(required = true) LocalDate startDate,

            @NotNull @Schema(required = true, description = "Last day of the placement")
            LocalDate endDate) {}

    @Schema(name = "Invoice")
    public record InvoiceView(
            @Schema(required = true) LocalDate periodStart,
            @Schema(required = true) LocalDate periodEnd,

            @Schema(required = true, description = "Excl. VAT, in euro cents")
            int amountCents,

            @Schema(required = true) LocalDate issuedOn) {}

    /** a placement with its fee schedule; at most EUR 250 a month for at most 6 months. */
    @Schema(name = "Placement")
    public record PlacementView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID responseId,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate endDate,
            @Schema(required = true) int monthlyFeeCents,
            @Schema(required = true) int totalCents,
            @Schema(required = true) List<InvoiceView> invoices) {}

    @Schema(name = "PlacementList")
    public record PlacementList(
            @Schema(required = true) List<PlacementView> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    @Schema(
            name = "ResponseKeep",
            description = "What a signed \"keep my response for a year\" link is about (R-4, T-1)")
    public record KeepView(
            @Schema(required = true) String assignmentTitle,

            @Schema(required = true, description = "Whether the respondent asked to keep the response for a year")
            boolean kept) {}
}
