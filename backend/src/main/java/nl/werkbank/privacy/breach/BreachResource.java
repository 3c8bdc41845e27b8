package nl.werkbank.privacy.breach;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The data-breach register (D-9), for the privacy officer. */
@Path("/api/v1/admin/breaches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@APIResponse(responseCode = "403", description = "Not the privacy officer")
public class BreachResource {

    private final BreachService breaches;
    private final CurrentCaller caller;

    BreachResource(BreachService breaches, CurrentCaller caller) {
        this.breaches = breaches;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "recordBreach", summary = "Record an incident in the breach register")
    @APIResponse(
            responseCode = "201",
            description = "The incident as recorded, with its 72-hour deadline",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule")
    public BreachView record(@Valid @NotNull BreachInput input) {
        return breaches.record(caller.get(), input);
    }

    @GET
    @Operation(operationId = "listBreaches", summary = "The breach register, most recently discovered first")
    @APIResponse(
            responseCode = "200",
            description = "One page of incidents",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BreachPage.class)))
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    public BreachPage list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return breaches.list(caller.get(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBreach", summary = "One incident, with its deadline and whether it is overdue")
    @APIResponse(
            responseCode = "200",
            description = "The incident",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "404", description = "No such incident")
    public BreachView get(@PathParam("id") UUID id) {
        return breaches.get(caller.get(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateBreach", summary = "Correct an incident or record the decision on notifying")
    @APIResponse(
            responseCode = "200",
            description = "The incident after the change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule")
    @APIResponse(responseCode = "404", description = "No such incident")
    public BreachView update(@PathParam("id") UUID id, @Valid @NotNull BreachInput input) {
        return breaches.update(caller.get(), id, input);
    }

    @POST
    @Path("/{id}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            operationId = "notifyBreachSubjects",
            summary = "Tell the affected subjects of a high-risk incident through the outbox (Art. 34)")
    @APIResponse(
            responseCode = "202",
            description = "Mails queued; subjects without a mail address listed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BreachNoticeResult.class)))
    @APIResponse(responseCode = "400", description = "No subjects, too many, or an explanation missing")
    @APIResponse(responseCode = "404", description = "No such incident")
    @APIResponse(responseCode = "409", description = "The incident is not marked high-risk")
    public BreachNoticeResult notifySubjects(@PathParam("id") UUID id, @Valid @NotNull BreachNoticeInput input) {
        return breaches.notifySubjects(caller.get(), id, input);
    }
}
