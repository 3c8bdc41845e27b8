package nl.werkbank.organisation;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "registerOrganisation", summary = "A client registers their organisation and joins it")
    @APIResponseSchema(
            value = OrganisationView.class,
            responseCode = "201",
            responseDescription = "Registered; the caller is its first member")
    @APIResponse(responseCode = "409", description = "The caller already belongs to an organisation")
    public OrganisationView register(@Valid @NotNull OrganisationInput input) {
        return organisations.register(caller.get(), input);
    }

    @GET
    @Path("/me/organisation")
    @Operation(operationId = "getMyOrganisation", summary = "The caller's organisation")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "200", responseDescription = "The organisation")
    @APIResponse(responseCode = "404", description = "The caller does not belong to an organisation yet")
    public OrganisationView mine() {
        return organisations.mine(caller.get());
    }

    @GET
    @Path("/organisations")
    @Operation(operationId = "listOrganisations", summary = "All organisations, oldest first (admin)")
    public OrganisationPage list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return organisations.list(caller.get(), cursor, limit);
    }

    @POST
    @Path("/organisations/{id}/verification")
    @Operation(operationId = "verifyOrganisation", summary = "Mark an organisation as verified (admin)")
    public OrganisationView verify(@PathParam("id") UUID id) {
        return organisations.setVerified(caller.get(), id, true);
    }

    @DELETE
    @Path("/organisations/{id}/verification")
    @Operation(operationId = "unverifyOrganisation", summary = "Withdraw an organisation's verification (admin)")
    public OrganisationView unverify(@PathParam("id") UUID id) {
        return organisations.setVerified(caller.get(), id, false);
    }
}
