package nl.werkbank.response;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.assignment.ManageToken;
import nl.werkbank.common.ContractFilter;
import nl.werkbank.common.CurrentViewer;
import nl.werkbank.common.Downloads;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.profile.CvDownload;
import nl.werkbank.response.ResponseViews.MyResponse;
import nl.werkbank.response.ResponseViews.MyResponseList;
import nl.werkbank.response.ResponseViews.ReceivedResponse;
import nl.werkbank.response.ResponseViews.ReceivedResponseList;
import nl.werkbank.response.ResponseViews.ResponseReceived;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    private final ResponseService responses;
    private final CurrentViewer viewer;

    ResponseResource(ResponseService responses, CurrentViewer viewer) {
        this.responses = responses;
        this.viewer = viewer;
    }

    @POST
    @Path("/assignments/{id}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "403", description = "Only professionals, or visitors without an account, respond")
    @APIResponse(responseCode = "409", description = "Not published, or you already responded")
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
            @RestForm("cv") @Schema(type = SchemaType.STRING, format = "binary") FileUpload cv,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerRequest request) {
        if (input == null) {
            throw ProblemException.invalid("response", FieldCode.REQUIRED, Text.of("is required", "is verplicht"));
        }
        Language language = Language.fromAcceptLanguage(acceptLanguage).orElse(Language.nl);
        Optional<ResponseService.UploadedCv> upload = Optional.ofNullable(cv)
                .map(file -> new ResponseService.UploadedCv(file.fileName(), file.uploadedFile()));
        String ip = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        return Response.status(202)
                .entity(responses.respond(viewer.get(), id, input, upload, ip, language))
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
        return responses.verify(request.token());
    }

    @GET
    @Path("/me/responses")
    @Authenticated
    @Operation(
            operationId = "listMyResponses",
            summary = "The caller's responses, their status and the procedure's progress")
    @APIResponseSchema(
            value = MyResponseList.class,
            responseCode = "200",
            responseDescription = "The caller's responses")
    @APIResponse(responseCode = "403", description = "Only professionals respond")
    public MyResponseList mine() {
        return responses.mine(viewer.get());
    }

    @POST
    @Path("/me/responses/{id}/withdraw")
    @Authenticated
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    @Operation(operationId = "withdrawMyResponse", summary = "Withdraw a response; the poster is told")
    @APIResponseSchema(value = MyResponse.class, responseCode = "200", responseDescription = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Only professionals respond")
    public MyResponse withdraw(@PathParam("id") UUID id) {
        return responses.withdraw(viewer.get(), id);
    }

    @GET
    @Path("/managed-assignments/{id}/responses")
    @Operation(operationId = "listReceivedResponses", summary = "The responses the poster received")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(value = ReceivedResponseList.class, responseCode = "200", responseDescription = "The responses")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ReceivedResponseList received(
            @PathParam("id") UUID id,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return responses.received(viewer.get(), Optional.ofNullable(token), id);
    }

    @POST
    @Path("/managed-assignments/{id}/responses/{responseId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "The respondent withdrew the response")
    @Operation(operationId = "setResponseStatus", summary = "Move a response on; the respondent is told")
    @SecurityRequirement(name = ContractFilter.BEARER)
    @SecurityRequirement(name = ContractFilter.MANAGE_TOKEN)
    @APIResponseSchema(
            value = ReceivedResponse.class,
            responseCode = "200",
            responseDescription = "The response after the change")
    @APIResponse(responseCode = "403", description = "Not the poster")
    public ReceivedResponse setStatus(
            @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token,
            @Valid @NotNull ResponseViews.StatusInput input) {
        return responses.setStatus(viewer.get(), Optional.ofNullable(token), id, responseId, input.status());
    }

    @POST
    @Path("/managed-assignments/{id}/responses/{responseId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "409", description = "Withdrawn, already placed, or the end is before the start")
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
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token,
            @Valid @NotNull ResponseViews.PlacementInput input) {
        return responses.place(viewer.get(), Optional.ofNullable(token), id, responseId, input);
    }

    @GET
    @Path("/managed-assignments/{id}/placements")
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
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        return responses.placements(viewer.get(), Optional.ofNullable(token), id);
    }

    @GET
    @Path("/managed-assignments/{id}/responses/{responseId}/cv")
    @Produces({
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON
    })
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
    public Response cv(
            @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId,
            @Parameter(description = ManageToken.DESCRIPTION) @HeaderParam(ManageToken.HEADER) String token) {
        CvDownload cv = responses.receivedCv(viewer.get(), Optional.ofNullable(token), id, responseId);
        return Downloads.attachment(cv.fileName(), cv.contentType(), cv.content());
    }
}
