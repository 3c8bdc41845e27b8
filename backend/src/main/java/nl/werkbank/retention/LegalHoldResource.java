package nl.werkbank.retention;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.ResponseStatus;

/** Legal holds (T-5), for the privacy officer. */
@Path("/api/v1/admin/legal-holds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@APIResponse(responseCode = "403", description = "Not the privacy officer")
public class LegalHoldResource {

    private final LegalHoldService holds;
    private final CurrentCaller caller;

    LegalHoldResource(LegalHoldService holds, CurrentCaller caller) {
        this.holds = holds;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "placeLegalHold", summary = "Keep a subject or a record whatever retention says")
    @APIResponse(
            responseCode = "201",
            description = "The hold as placed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegalHoldView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of a subject and a record, or an unknown one")
    public LegalHoldView place(@Valid @NotNull LegalHoldInput input) {
        return holds.place(caller.get(), input);
    }

    @GET
    @Operation(operationId = "listLegalHolds", summary = "Legal holds, most recently placed first")
    @APIResponse(
            responseCode = "200",
            description = "One page of holds",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegalHoldView.Page.class)))
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    public LegalHoldView.Page list(
            @QueryParam("active") Boolean active,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return holds.list(caller.get(), active, cursor, limit);
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "releaseLegalHold", summary = "End a legal hold; retention applies again")
    @APIResponse(
            responseCode = "200",
            description = "The hold as released",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegalHoldView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "404", description = "No such hold")
    @APIResponse(responseCode = "409", description = "The hold was released before")
    public LegalHoldView release(@PathParam("id") UUID id, @Valid @NotNull LegalHoldRelease input) {
        return holds.release(caller.get(), id, input);
    }
}
