package nl.werkbank.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentInput.Submission;
import nl.werkbank.assignment.AssignmentViews.AssignmentPage;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignmentList;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateInput;
import nl.werkbank.assignment.AssignmentViews.PublicAssignment;
import nl.werkbank.assignment.AssignmentViews.RejectionInput;
import nl.werkbank.assignment.AssignmentViews.SubmissionReceived;
import nl.werkbank.assignment.AssignmentViews.VerificationRequest;
import nl.werkbank.assignment.AssignmentViews.VerificationResult;
import nl.werkbank.common.ContractFilter;
import nl.werkbank.common.CurrentViewer;
import nl.werkbank.common.Language;
import nl.werkbank.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final CurrentViewer viewer;
    private final ObjectMapper json;

    AssignmentResource(AssignmentService assignments, CurrentViewer viewer, ObjectMapper json) {
        this.assignments = assignments;
        this.viewer = viewer;
        this.json = json;
    }

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postAssignment",
            summary =
                    "Post an assignment: a client's draft (201), or without an account pending e-mail confirmation (202)")
    @APIResponse(
            responseCode = "201",
            description = "Draft of the client's organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManagedAssignment.class)))
    @APIResponse(
            responseCode = "202",
            description = "Received; the poster confirms by the link in the e-mail",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubmissionReceived.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not as a client: other accounts do not post")
    @APIResponse(responseCode = "429", description = "Too many submissions")
    public Response post(
            @Valid @NotNull Submission submission,
            @Context HttpServerRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage).orElse(Language.nl);
        String ip = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        return switch (assignments.submit(viewer.get(), submission, ip, language)) {
            case AssignmentService.Drafted drafted ->
                Response.status(201).entity(drafted.assignment()).build();
            case AssignmentService.Received received ->
                Response.status(202).entity(received.receipt()).build();
        };
    }

    @POST
    @Path("/assignment-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "404", description = "The link is not valid (any more)")
    @APIResponse(responseCode = "409", description = "Already confirmed")
    @Operation(
            operationId = "verifyAssignment",
            summary = "Confirm the poster's e-mail address with the token from the link")
    @APIResponseSchema(
            value = VerificationResult.class,
            responseCode = "200",
            responseDescription = "Confirmed; the manage token is shown once")
    public VerificationResult verify(@Valid @NotNull VerificationRequest request) {
        return assignments.verify(request.token());
    }

    @GET
    @Path("/assignments")
    @Operation(
            operationId = "listAssignments",
            summary = "Published assignments, newest first; ETag for conditional requests")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response list(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("skill") @Size(max = 20)
                    List<@Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]{1,50}", message = "{werkbank.skill}") String>
                            skill,
            @QueryParam("region")
                    @Schema(maxLength = 6)
                    @Pattern(regexp = "[1-9][0-9]{1,3}|ABROAD", message = "{werkbank.region-prefix}")
                    String region,
            @QueryParam("remote") @Pattern(regexp = "ONSITE|HYBRID|REMOTE", message = "{werkbank.remote}")
                    String remote,
            @QueryParam("minRateCents") @Min(0) Integer minRateCents,
            @QueryParam("startBefore") @Schema(format = "date") String startBefore,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit,
            @Context Request request) {
        List<String> skills = skill == null
                ? List.of()
                : skill.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        AssignmentSearch search = new AssignmentSearch(
                Optional.ofNullable(q).filter(s -> !s.isBlank()).map(String::strip),
                skills,
                Optional.ofNullable(region),
                Optional.ofNullable(remote).map(RemoteOption::valueOf),
                Optional.ofNullable(minRateCents),
                QueryParams.date("startBefore", startBefore));
        return withETag(assignments.publicList(search, cursor, limit), request);
    }

    @GET
    @Path("/assignments/{id}")
    @Operation(operationId = "getAssignment", summary = "A published assignment with its JobPosting; 410 once closed")
    @APIResponse(
            responseCode = "200",
            description = "The assignment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicAssignment.class)))
    @APIResponse(responseCode = "410", description = "Closed")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return withETag(assignments.publicView(id), request);
    }

    @GET
    @Path("/managed-assignments")
    @Authenticated
    @Operation(operationId = "listMyOrganisationAssignments", summary = "All assignments of the caller's organisation")
    @APIResponseSchema(
            value = ManagedAssignmentList.class,
            responseCode = "200",
            responseDescription = "The organisation's assignments")
    @APIResponse(responseCode = "403", description = "Only members of an organisation")
    public ManagedAssignmentList mine() {
        return assignments.ofMyOrganisation(viewer.get());
    }

    @GET
    @Path("/review-queue")
    @Authenticated
    @Operation(operationId = "listReviewQueue", summary = "Assignments waiting for review, oldest first (admin)")
    @APIResponseSchema(
            value = ManagedAssignmentList.class,
            responseCode = "200",
            responseDescription = "Waiting for review")
    @APIResponse(responseCode = "403", description = "Admins only")
    public ManagedAssignmentList reviewQueue() {
        return assignments.reviewQueue(viewer.get());
    }

    @GET
    @Path("/managed-assignments/{id}")
    @Operation(operationId = "getManagedAssignment", summary = "An assignment as its poster or an admin sees it")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "The assignment")
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    public ManagedAssignment managed(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return assignments.managed(viewer.get(), Optional.ofNullable(token), id);
    }

    @PUT
    @Path("/managed-assignments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "updateManagedAssignment", summary = "Edit a draft")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "The draft after the change")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ManagedAssignment update(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token,
            @Valid @NotNull AssignmentInput input) {
        return assignments.update(viewer.get(), Optional.ofNullable(token), id, input);
    }

    @POST
    @Path("/managed-assignments/{id}/submit")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "submitAssignment", summary = "DRAFT to PENDING_REVIEW (poster)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "Waiting for review")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ManagedAssignment submit(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return assignments.submitForReview(viewer.get(), Optional.ofNullable(token), id);
    }

    @POST
    @Path("/managed-assignments/{id}/approve")
    @Authenticated
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "approveAssignment", summary = "PENDING_REVIEW to PUBLISHED (admin)")
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Published")
    @APIResponse(responseCode = "403", description = "Admins only")
    public ManagedAssignment approve(@PathParam("id") UUID id) {
        return assignments.approve(viewer.get(), id);
    }

    @POST
    @Path("/managed-assignments/{id}/reject")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "rejectAssignment", summary = "PENDING_REVIEW back to DRAFT with a reason (admin)")
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Back to draft")
    @APIResponse(responseCode = "403", description = "Admins only")
    public ManagedAssignment reject(@PathParam("id") UUID id, @Valid @NotNull RejectionInput input) {
        return assignments.reject(viewer.get(), id, input.reason());
    }

    @POST
    @Path("/managed-assignments/{id}/close")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "closeAssignment", summary = "PUBLISHED to CLOSED (poster or admin)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Closed")
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    public ManagedAssignment close(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return assignments.close(viewer.get(), Optional.ofNullable(token), id);
    }

    @POST
    @Path("/managed-assignments/{id}/archive")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "archiveAssignment", summary = "CLOSED to ARCHIVED (poster or admin)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Archived")
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    public ManagedAssignment archive(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return assignments.archive(viewer.get(), Optional.ofNullable(token), id);
    }

    @POST
    @Path("/managed-assignments/{id}/procedure-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "reportAssignmentProgress", summary = "Report the procedure's progress (poster)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "The assignment with the update")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ManagedAssignment reportProgress(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token,
            @Valid @NotNull ProcedureUpdateInput input) {
        return assignments.reportProgress(viewer.get(), Optional.ofNullable(token), id, input);
    }

    /** F-2, §12: cacheable reads carry a strong ETag of their body; a matching If-None-Match gets 304. */
    private Response withETag(Object body, Request request) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag(sha256(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
