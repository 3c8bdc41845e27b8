package nl.werkbank.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of an assignment: public (no poster, A-4) and managed (poster and staff). */
public final class AssignmentViews {

    private AssignmentViews() {}

    @Schema(name = "Question")
    public record QuestionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) QuestionKind kind,
            @Schema(required = true) String text,
            @Schema(required = true) boolean required,
            @Schema(required = true) List<String> options) {}

    /** An item of the public list. */
    @Schema(name = "AssignmentSummary")
    public record AssignmentSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String region,

            @Schema(nullable = true, description = "The province of the postcode area; absent abroad")
            Province province,

            @Schema(required = true) RemoteOption remote,
            @Schema(nullable = true) LocalDate startDate,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) LocalDate validThrough,
            @Schema(required = true) Instant publishedAt,

            @Schema(nullable = true, description = "Only when the organisation chose to be named")
            String hiringOrganization) {}

    /** A published assignment as anyone sees it; it has no field for the poster. */
    @Schema(name = "PublicAssignment")
    public record PublicAssignment(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) String region,

            @Schema(nullable = true, description = "The province of the postcode area; absent abroad")
            Province province,

            @Schema(required = true) RemoteOption remote,
            @Schema(nullable = true) LocalDate startDate,
            @Schema(nullable = true) Integer durationWeeks,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) List<QuestionView> questions,
            @Schema(required = true) LocalDate validThrough,
            @Schema(required = true) Instant publishedAt,
            @Schema(required = true) ProcedureStatus procedureStatus,

            @Schema(nullable = true, description = "Only when the organisation chose to be named")
            String hiringOrganization,

            @Schema(required = true, description = "schema.org JobPosting for the page's JSON-LD (F-3)")
            Map<String, Object> jobPosting) {}

    @Schema(name = "Poster")
    public record PosterView(
            @Schema(required = true) String name,
            @Schema(required = true) String organisation,
            @Schema(required = true) String email,
            @Schema(required = true) String phone,
            @Schema(required = true) boolean emailVerified) {}

    @Schema(name = "ProcedureUpdate")
    public record ProcedureUpdateView(
            @Schema(required = true) ProcedureStatus status,
            @Schema(nullable = true) String message,
            @Schema(required = true) Instant createdAt) {}

    /** What the poster (their organisation, or the holder of the management link) and staff see. */
    @Schema(name = "ManagedAssignment")
    public record ManagedAssignment(
            @Schema(required = true) UUID id,
            @Schema(required = true) AssignmentStatus status,
            @Schema(nullable = true) String rejectionReason,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) String region,
            @Schema(required = true) RemoteOption remote,
            @Schema(nullable = true) LocalDate startDate,
            @Schema(nullable = true) Integer durationWeeks,
            @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer rateMinCents,
            @Schema(nullable = true) Integer rateMaxCents,
            @Schema(required = true) List<String> skills,
            @Schema(required = true) List<QuestionView> questions,
            @Schema(required = true) LocalDate validThrough,
            @Schema(required = true) boolean nameOrganisation,
            @Schema(required = true) ProcedureStatus procedureStatus,
            @Schema(required = true) List<ProcedureUpdateView> procedureUpdates,

            @Schema(nullable = true, description = "The organisation that posted it")
            String organisation,

            @Schema(nullable = true, description = "Who posted it without an account")
            PosterView poster,

            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) Instant closedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "AssignmentPage")
    public record AssignmentPage(
            @Schema(required = true) List<AssignmentSummary> items,

            @Schema(required = true, description = "How many published assignments match the filters in all")
            long total,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    @Schema(name = "ManagedAssignmentList")
    public record ManagedAssignmentList(
            @Schema(required = true) List<ManagedAssignment> items,

            @Schema(nullable = true, description = "Opaque cursor for the next page; absent on the last page")
            String nextCursor) {}

    /** Answer to an anonymous posting: the same whatever the e-mail address. */
    /** The answer to a post without an account: its status only, which the SPA words (issue 16). */
    @Schema(name = "SubmissionReceived")
    public record SubmissionReceived(
            @Schema(required = true) AssignmentStatus status) {}

    @Schema(name = "VerificationRequest")
    public record VerificationRequest(
            @NotBlank @Schema(required = true, maxLength = CapabilityTokens.LENGTH)
            String token) {}

    /** The e-mail address is confirmed; the management token is the poster's key to the assignment. */
    @Schema(name = "VerificationResult")
    public record VerificationResult(
            @Schema(required = true) UUID assignmentId,
            @Schema(required = true) AssignmentStatus status,

            @Schema(required = true, description = "Send as header Werkbank-Manage-Token to manage the assignment")
            String manageToken) {}

    @Schema(name = "RejectionInput")
    public record RejectionInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) @MultiLine
            String reason) {}

    @Schema(name = "ProcedureUpdateInput")
    public record ProcedureUpdateInput(
            @NotNull @Schema(required = true) ProcedureStatus status,

            @Size(max = 2000) @Schema(maxLength = 2000) @MultiLine
            String message) {}
}
