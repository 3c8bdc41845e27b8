package nl.werkbank.response;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.ManageToken;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.ConditionalGet;
import nl.werkbank.common.ContractFilter;
import nl.werkbank.common.Downloads;
import nl.werkbank.common.QueryParams;
import nl.werkbank.common.Text;
import nl.werkbank.common.idempotency.Idempotent;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.profile.CvDownload;
import nl.werkbank.response.ResponseViews.MyResponse;
import nl.werkbank.response.ResponseViews.MyResponseList;
import nl.werkbank.response.ResponseViews.ReceivedResponse;
import nl.werkbank.response.ResponseViews.ReceivedResponseList;
import nl.werkbank.response.ResponseViews.ResponseReceived;
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
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
public class ResponseResource {

    private final ResponseService intake;
    private final RespondentResponses respondents;
    private final PosterResponses posters;
    private final PlacementService placements;
    private final CurrentCaller caller;

    ResponseResource(
            ResponseService intake,
            RespondentResponses respondents,
            PosterResponses posters,
            PlacementService placements,
            CurrentCaller caller) {
        this.intake = intake;
        this.respondents = respondents;
        this.posters = posters;
        this.placements = placements;
        this.caller = caller;
    }

    @POST
    @Path("/assignments/{id}/responses")
    @Idempotent
    @Parameter(
            name = Idempotent.HEADER,
            in = ParameterIn.HEADER,
            description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "403", description = "Only professionals, or visitors without an account, respond")
    @APIResponse(
            responseCode = "409",
            description =
                    "Not published, you already responded, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "429", description = "Too many responses from this address or e-mail address")
    @Operation(
            operationId = "respondToAssignment",
            summary = "Respond to a published assignment: part `response` (JSON), optional part `cv` (PDF/DOCX)")
    @APIResponse(
            responseCode = "202",
            description = "Forwarded (professional) or waiting for the e-mail check (visitor)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResponseReceived.class)))
    public Response respond(
            @PathParam("id") UUID id,
            @RestForm("response") @PartType(MediaType.APPLICATION_JSON) @Valid ResponseInput input,
            @RestForm("cv") @Schema(type = SchemaType.STRING, format = "binary") FileUpload cv) {
        if (input == null) {
            throw ProblemException.invalid("response", FieldCode.REQUIRED, Text.of("is required", "is verplicht"));
        }
        Optional<ResponseService.UploadedCv> upload = Optional.ofNullable(cv)
                .map(file -> new ResponseService.UploadedCv(file.fileName(), file.uploadedFile()));
        return Response.status(202)
                .entity(intake.respond(caller.get(), id, input, upload))
                .build();
    }

    @POST
    @Path("/response-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "404", description = "The link is not valid (any more)")
    @APIResponse(responseCode = "409", description = "The assignment no longer takes responses")
    @Operation(operationId = "verifyResponse", summary = "Confirm a visitor's response with the token from the link")
    @APIResponseSchema(
            value = ResponseReceived.class,
            responseCode = "200",
            responseDescription = "Confirmed and forwarded to the poster")
    public ResponseReceived verify(@Valid @NotNull ResponseViews.VerificationRequest request) {
        return intake.verify(request.token());
    }

    @GET
    @Path("/me/responses")
    @Authenticated
    @APIResponse(
            responseCode = "200",
            description = "A page, newest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MyResponseList.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Operation(
            operationId = "listMyResponses",
            summary = "The caller's responses, their status and the procedure's progress")
    @APIResponse(responseCode = "403", description = "Only professionals respond")
    @ConditionalGet
    public MyResponseList mine(
            @QueryParam("assignmentId")
                    @Parameter(
                            description = "Only the responses to this assignment: has the caller responded already?",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String assignmentId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return respondents.mine(caller.get(), QueryParams.uuid("assignmentId", assignmentId), cursor, limit);
    }

    @POST
    @Path("/me/responses/{id}/withdraw")
    @Authenticated
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    @Operation(operationId = "withdrawMyResponse", summary = "Withdraw a response; the poster is told")
    @APIResponseSchema(value = MyResponse.class, responseCode = "200", responseDescription = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Only professionals respond")
    public MyResponse withdraw(@PathParam("id") UUID id) {
        return respondents.withdraw(caller.get(), id);
    }

    @GET
    @Path("/managed-assignments/{id}/responses")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "A page, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReceivedResponseList.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Operation(operationId = "listReceivedResponses", summary = "The responses the poster received")
    @ConditionalGet
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ReceivedResponseList.class, responseCode = "200", responseDescription = "The responses")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ReceivedResponseList received(
            @PathParam("id") UUID id,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return posters.received(caller.get(), id, cursor, limit);
    }

    @POST
    @Path("/managed-assignments/{id}/responses/{responseId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "The respondent is placed: the status no longer changes")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "setResponseStatus", summary = "Move a response on; the respondent is told")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ReceivedResponse.class,
            responseCode = "200",
            responseDescription = "The response after the change")
    @APIResponse(
            responseCode = "429",
            description = "The assignment reached today's number of status changes (S-4); Retry-After says when")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ReceivedResponse setStatus(
            @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId,
            @Valid @NotNull ResponseViews.StatusInput input) {
        return posters.setStatus(caller.get(), id, responseId, input.status());
    }

    @POST
    @Path("/managed-assignments/{id}/responses/{responseId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "The respondent is already placed")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "placeRespondent", summary = "Record a placement and its fee schedule (A-7)")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ResponseViews.PlacementView.class,
            responseCode = "200",
            responseDescription = "The placement")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ResponseViews.PlacementView place(
            @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId,
            @Valid @NotNull ResponseViews.PlacementInput input) {
        return placements.place(caller.get(), id, responseId, input);
    }

    @GET
    @Path("/managed-assignments/{id}/placements")
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "listPlacements", summary = "Placements of the assignment with their invoices")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ResponseViews.PlacementList.class,
            responseCode = "200",
            responseDescription = "The placements")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ResponseViews.PlacementList placements(
            @PathParam("id") UUID id,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return placements.placements(caller.get(), id, cursor, limit);
    }

    @GET
    @Path("/managed-assignments/{id}/responses/{responseId}/cv")
    @Produces({
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON
    })
    @Parameter(
            name = ManageToken.HEADER,
            in = ParameterIn.HEADER,
            description = ManageToken.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @Operation(operationId = "downloadResponseCv", summary = "The CV sent with a response")
    @APIResponse(
            responseCode = "200",
            description = "The file as uploaded, PDF or DOCX, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponse(responseCode = "403", description = "Not the poster")
    public Response cv(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        CvDownload cv = posters.receivedCv(caller.get(), id, responseId);
        return Downloads.attachment(cv.fileName(), cv.contentType(), cv.content());
    }
}
