package nl.werkbank.privacy.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.Downloads;
import nl.werkbank.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * D-1, D-2, D-3: requests of people without an account, by e-mail verification. No login: the
 * confirmed address is the proof, and the tokens from the confirmation answer (status) and the
 * mail (download) are the keys. A login, if sent, changes nothing: the request is the address's.
 */
@Path("/api/v1/privacy-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PrivacyRequestsByEmailResource {

    static final String TOKEN_HEADER = "Werkbank-Request-Token";
    static final String EXPORT = "/api/v1/privacy-requests/export";
    private static final String ZIP = "application/zip";

    private final PrivacyRequestsByEmail requests;
    private final CurrentCaller caller;

    PrivacyRequestsByEmailResource(PrivacyRequestsByEmail requests, CurrentCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "askPrivacyRequestByEmail",
            summary = "Ask, without an account, for access, portability, erasure, restriction, its end, objection or"
                    + " rectification of the data tied to an e-mail address; a link to confirm goes to that address")
    @APIResponse(
            responseCode = "202",
            description = "The same answer for every address, known or not: the request waits for confirmation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestByEmailReceipt.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client or for this address")
    public Response ask(@Valid @NotNull PrivacyRequestByEmailInput input) {
        return Response.status(202).entity(requests.submit(caller.get(), input)).build();
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmPrivacyRequestByEmail",
            summary = "Confirm a request by e-mail with the token from the link; the request starts now")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed: the request as it proceeded, the status token and, for ACCESS and"
                    + " PORTABILITY, the archive's password, each shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestConfirmed.class)))
    @APIResponse(responseCode = "404", description = "The link is not valid (any more): unknown, used or expired")
    public PrivacyRequestConfirmed confirm(@Valid @NotNull PrivacyRequestConfirmation confirmation) {
        return requests.confirm(caller.get(), confirmation.token());
    }

    @GET
    @Path("/status")
    @Operation(
            operationId = "getPrivacyRequestByToken",
            summary = "A request by e-mail and its history, to the holder of its status token")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestView.class)))
    @APIResponse(responseCode = "404", description = "The token is not a valid status token (any more)")
    public PrivacyRequestView status(
            @HeaderParam(TOKEN_HEADER)
                    @NotBlank
                    @Size(max = CapabilityTokens.LENGTH)
                    @Parameter(
                            required = true,
                            description = "The status token from the answer to the confirmation",
                            schema = @Schema(type = SchemaType.STRING, maxLength = CapabilityTokens.LENGTH))
                    String token) {
        return requests.status(caller.get(), token);
    }

    @GET
    @Path("/export")
    @Produces({ZIP, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "downloadPrivacyExportByToken",
            summary = "The encrypted archive answering an access or portability request by e-mail, while it is kept")
    @APIResponse(
            responseCode = "200",
            description = "The AES-256 encrypted ZIP; it opens with the password shown at confirmation",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "404",
            description = "The token is not a valid download token (any more), or the archive expired")
    public Response export(
            @HeaderParam(TOKEN_HEADER)
                    @NotBlank
                    @Size(max = CapabilityTokens.LENGTH)
                    @Parameter(
                            required = true,
                            description = "The download token from the mail that said the archive is ready",
                            schema = @Schema(type = SchemaType.STRING, maxLength = CapabilityTokens.LENGTH))
                    String token) {
        PrivacyRequestService.ExportDownload download = requests.download(token);
        return Downloads.attachment(download.fileName(), ZIP, download.content());
    }
}
