package nl.werkbank.assignment;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.ConditionalGet;
import nl.werkbank.common.ContractFilter;
import nl.werkbank.common.QueryParams;
import nl.werkbank.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    private final AssignmentSubmissions submissions;
    private final AssignmentLifecycle lifecycle;
    private final AssignmentQueries queries;
    private final CurrentCaller caller;

    AssignmentResource(
            AssignmentSubmissions submissions,
            AssignmentLifecycle lifecycle,
            AssignmentQueries queries,
            CurrentCaller caller) {
        this.submissions = submissions;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Path("/assignments")
    @Idempotent
    @Parameter(
            name = Idempotent.HEADER,
            in = ParameterIn.HEADER,
            description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
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
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "403", description = "Signed in, but not as a client: other accounts do not post")
    @APIResponse(responseCode = "429", description = "Too many submissions")
    public Response post(@Valid @NotNull Submission submission) {
        return switch (submissions.submit(caller.get(), submission)) {
            case AssignmentSubmissions.Drafted drafted ->
                Response.status(201).entity(drafted.assignment()).build();
            case AssignmentSubmissions.Received received ->
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
        return submissions.verify(request.token());
    }

    @GET
    @Path("/assignments")
    @Operation(
            operationId = "listAssignments",
            summary = "Published assignments in the chosen order (newest first by default), with the number that"
                    + " match; ETag for conditional requests")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @ConditionalGet
    public AssignmentPage list(
            @QueryParam("q")
                    @Parameter(
                            description = "Words that must all appear, in any order and ignoring case, in the title,"
                                    + " description or skills; also inside a longer word (\"ontwikkelaar\" finds"
                                    + " \"softwareontwikkelaar\")")
                    @Size(max = 100)
                    String q,
            @QueryParam("skill") @Size(max = 20)
                    List<@Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]{1,50}", message = "{werkbank.skill}") String>
                            skill,
            @QueryParam("region")
                    @Schema(maxLength = 6)
                    @Pattern(regexp = "[1-9][0-9]{1,3}|ABROAD", message = "{werkbank.region-prefix}")
                    String region,
            @QueryParam("province")
                    @Parameter(
                            description = "Only assignments whose postcode area lies in this province",
                            schema = @Schema(implementation = Province.class))
                    @Pattern(
                            regexp = "DRENTHE|FLEVOLAND|FRIESLAND|GELDERLAND|GRONINGEN|LIMBURG|NOORD_BRABANT"
                                    + "|NOORD_HOLLAND|OVERIJSSEL|UTRECHT|ZEELAND|ZUID_HOLLAND",
                            message = "{werkbank.province}")
                    String province,
            @QueryParam("remote") @Pattern(regexp = "ONSITE|HYBRID|REMOTE", message = "{werkbank.remote}")
                    String remote,
            @QueryParam("minRateCents") @Min(0) Integer minRateCents,
            @QueryParam("startBefore") @Schema(format = "date") String startBefore,
            @QueryParam("sort")
                    @Parameter(
                            description = "NEWEST (default), RATE: highest rate first, START_DATE: soonest start"
                                    + " first; a cursor continues only the order it came from",
                            schema = @Schema(implementation = AssignmentSort.class))
                    @Pattern(regexp = "NEWEST|RATE|START_DATE", message = "{werkbank.sort}")
                    String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        List<String> skills = skill == null
                ? List.of()
                : skill.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        AssignmentSearch search = new AssignmentSearch(
                Optional.ofNullable(q).filter(s -> !s.isBlank()).map(String::strip),
                skills,
                Optional.ofNullable(region),
                Optional.ofNullable(province).map(Province::valueOf),
                Optional.ofNullable(remote).map(RemoteOption::valueOf),
                Optional.ofNullable(minRateCents),
                QueryParams.date("startBefore", startBefore));
        return queries.publicList(
                search, sort == null ? AssignmentSort.NEWEST : AssignmentSort.valueOf(sort), cursor, limit);
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
    @ConditionalGet
    public PublicAssignment get(@PathParam("id") UUID id) {
        return queries.publicView(id);
    }

    @GET
    @Path("/managed-assignments")
    @Authenticated
    @APIResponse(
            responseCode = "200",
            description = "A page, newest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManagedAssignmentList.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Operation(operationId = "listMyOrganisationAssignments", summary = "All assignments of the caller's organisation")
    @APIResponse(responseCode = "403", description = "Only members of an organisation")
    @ConditionalGet
    public ManagedAssignmentList mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return queries.ofMyOrganisation(caller.get(), cursor, limit);
    }

    @GET
    @Path("/review-queue")
    @Authenticated
    @APIResponse(
            responseCode = "200",
            description = "A page, the longest waiting first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManagedAssignmentList.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Operation(operationId = "listReviewQueue", summary = "Assignments waiting for review, oldest first (admin)")
    @APIResponse(responseCode = "403", description = "Admins only")
    @ConditionalGet
    public ManagedAssignmentList reviewQueue(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return queries.reviewQueue(caller.get(), cursor, limit);
    }

    @GET
    @Path("/managed-assignments/{id}")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The assignment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManagedAssignment.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Operation(operationId = "getManagedAssignment", summary = "An assignment as its poster or an admin sees it")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    @ConditionalGet
    public ManagedAssignment managed(@PathParam("id") UUID id) {
        return queries.managed(caller.get(), id);
    }

    @PUT
    @Path("/managed-assignments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "updateManagedAssignment", summary = "Edit a draft")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "The draft after the change")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ManagedAssignment update(@PathParam("id") UUID id, @Valid @NotNull AssignmentInput input) {
        return lifecycle.update(caller.get(), id, input);
    }

    @POST
    @Path("/managed-assignments/{id}/submit")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "submitAssignment", summary = "DRAFT to PENDING_REVIEW (poster)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "Waiting for review")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ManagedAssignment submit(@PathParam("id") UUID id) {
        return lifecycle.submitForReview(caller.get(), id);
    }

    @POST
    @Path("/managed-assignments/{id}/approve")
    @Authenticated
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Operation(operationId = "approveAssignment", summary = "PENDING_REVIEW to PUBLISHED (admin)")
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Published")
    @APIResponse(responseCode = "403", description = "Admins only")
    public ManagedAssignment approve(@PathParam("id") UUID id) {
        return lifecycle.approve(caller.get(), id);
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
        return lifecycle.reject(caller.get(), id, input.reason());
    }

    @POST
    @Path("/managed-assignments/{id}/close")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "closeAssignment", summary = "PUBLISHED to CLOSED (poster or admin)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Closed")
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    public ManagedAssignment close(@PathParam("id") UUID id) {
        return lifecycle.close(caller.get(), id);
    }

    @POST
    @Path("/managed-assignments/{id}/archive")
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "archiveAssignment", summary = "CLOSED to ARCHIVED (poster or admin)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ManagedAssignment.class, responseCode = "200", responseDescription = "Archived")
    @APIResponse(responseCode = "403", description = "Not the poster or an admin")
    public ManagedAssignment archive(@PathParam("id") UUID id) {
        return lifecycle.archive(caller.get(), id);
    }

    @POST
    @Path("/managed-assignments/{id}/procedure-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Not allowed in the assignment's current status")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "reportAssignmentProgress", summary = "Report the procedure's progress (poster)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ManagedAssignment.class,
            responseCode = "200",
            responseDescription = "The assignment with the update")
    @APIResponse(responseCode = "403", description = "Not the poster")
    @APIResponse(
            responseCode = "429",
            description = "The assignment reached today's number of procedure updates (S-4); Retry-After says when")
    public ManagedAssignment reportProgress(@PathParam("id") UUID id, @Valid @NotNull ProcedureUpdateInput input) {
        return lifecycle.reportProgress(caller.get(), id, input);
    }
}
