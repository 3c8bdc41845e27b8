package nl.werkbank.consent;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.consent.ConsentViews.ConsentEventView;
import nl.werkbank.consent.ConsentViews.ConsentInput;
import nl.werkbank.consent.ConsentViews.ConsentOverview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
public class ConsentResource {

    private final ConsentService consents;
    private final CurrentCaller caller;

    ConsentResource(ConsentService consents, CurrentCaller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Path("/me/consents")
    @Operation(
            operationId = "getMyConsents",
            summary = "Every purpose with its legal basis and the caller's current state, and the history (C-1, C-2)")
    @APIResponseSchema(value = ConsentOverview.class, responseCode = "200", responseDescription = "The consents")
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    @APIResponse(responseCode = "403", description = "A machine client has no consents")
    public ConsentOverview mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return consents.overview(caller.get(), cursor, limit);
    }

    @POST
    @Path("/me/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "decideMyConsent",
            summary = "Grant, withdraw or object for one purpose; appended to the history (C-2, C-5)")
    @APIResponseSchema(
            value = ConsentEventView.class,
            responseCode = "201",
            responseDescription = "The recorded decision")
    @APIResponse(responseCode = "400", description = "No or an unknown purpose or decision")
    @APIResponse(responseCode = "403", description = "A machine client has no consents")
    @APIResponse(
            responseCode = "409",
            description = "The purpose cannot be refused, an objection does not apply to it, or mail for it needs"
                    + " an e-mail address the identity provider verified")
    public ConsentEventView decide(@Valid @NotNull ConsentInput input) {
        return consents.decide(caller.get(), input);
    }
}
