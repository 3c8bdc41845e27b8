package nl.werkbank.privacy.request;

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
import java.util.UUID;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.Downloads;
import nl.werkbank.common.idempotency.Idempotent;
import nl.werkbank.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account holder's requests about their data (D-1, D-2) and the export that answers access (D-3). */
@Path("/api/v1/me/requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@APIResponse(responseCode = "403", description = "Not a person's account (a machine client has no data of its own)")
public class PrivacyRequestResource {

    private static final String ZIP = "application/zip";

    private final PrivacyRequestService requests;
    private final CurrentCaller caller;

    PrivacyRequestResource(PrivacyRequestService requests, CurrentCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(
            name = Idempotent.HEADER,
            in = ParameterIn.HEADER,
            description = Idempotent.DESCRIPTION + " A replay of an ACCESS or PORTABILITY request answers without"
                    + " exportPassword: the password is shown once.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
    @Operation(
            operationId = "fileMyPrivacyRequest",
            summary = "Ask for access, portability, erasure, restriction, its end, objection or rectification")
    @APIResponse(
            responseCode = "202",
            description = "The request. ACCESS and PORTABILITY are completed at once: the answer carries the"
                    + " archive's link and exportPassword (shown once); the others wait for the privacy officer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "400", description = "No or an unknown type, or details too long")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response file(@Valid @NotNull PrivacyRequestInput input) {
        return Response.status(202).entity(requests.file(caller.get(), input)).build();
    }

    @GET
    @Operation(operationId = "listMyPrivacyRequests", summary = "The caller's requests, newest first")
    @APIResponse(
            responseCode = "200",
            description = "One page of requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestPage.class)))
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    public PrivacyRequestPage mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return requests.mine(caller.get(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyPrivacyRequest", summary = "One of the caller's requests, with its history")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request of the caller's")
    public PrivacyRequestView get(@PathParam("id") UUID id) {
        return requests.get(caller.get(), id);
    }

    @GET
    @Path("/{id}/export")
    @Produces({ZIP, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "downloadMyPrivacyExport",
            summary = "The encrypted archive answering an access or portability request (D-3), while it is kept")
    @APIResponse(
            responseCode = "200",
            description = "The AES-256 encrypted ZIP; it opens with the password shown when the request was made",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "404",
            description = "No such request of the caller's, no archive for it, or the archive expired")
    public Response export(@PathParam("id") UUID id) {
        PrivacyRequestService.ExportDownload download = requests.download(caller.get(), id);
        return Downloads.attachment(download.fileName(), ZIP, download.content());
    }
}
