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
import java.util.UUID;
import nl.werkbank.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy officer's queue of data-subject requests (D-2). */
@Path("/api/v1/admin/privacy-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@APIResponse(responseCode = "403", description = "Not the privacy officer")
public class PrivacyRequestQueueResource {

    private final PrivacyRequestService requests;
    private final CurrentCaller caller;

    PrivacyRequestQueueResource(PrivacyRequestService requests, CurrentCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listPrivacyRequestQueue",
            summary = "Open requests, the earliest deadline first, overdue ones flagged")
    @APIResponse(
            responseCode = "200",
            description = "One page of the queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PrivacyRequestQueue.class)))
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    public PrivacyRequestQueue queue(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return requests.queue(caller.get(), cursor, limit);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "extendPrivacyRequest",
            summary =
                    "Extend the deadline by one or two months (at most two in all), with a reason the subject is told")
    @APIResponse(
            responseCode = "200",
            description = "The request with its new deadline",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QueuedRequest.class)))
    @APIResponse(responseCode = "400", description = "Months outside 1 to 2, more than two months in all, or no reason")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is already completed or rejected")
    public QueuedRequest extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionInput input) {
        return requests.extend(caller.get(), id, input);
    }

    @POST
    @Path("/{id}/completion")
    @Operation(operationId = "completePrivacyRequest", summary = "Record that the request was carried out")
    @APIResponse(
            responseCode = "200",
            description = "The completed request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QueuedRequest.class)))
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is already completed or rejected")
    public QueuedRequest complete(@PathParam("id") UUID id) {
        return requests.complete(caller.get(), id);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPrivacyRequest", summary = "Reject the request, with a reason the subject is told")
    @APIResponse(
            responseCode = "200",
            description = "The rejected request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QueuedRequest.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is already completed or rejected")
    public QueuedRequest reject(@PathParam("id") UUID id, @Valid @NotNull RejectionInput input) {
        return requests.reject(caller.get(), id, input);
    }
}
