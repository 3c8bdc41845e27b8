package nl.werkbank.subject;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every resource is rooted at /api/v1: JAX-RS picks one root class per request, so a longer root would hide the others. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class MeResource {

    private final SubjectService subjects;
    private final CurrentCaller caller;

    MeResource(SubjectService subjects, CurrentCaller caller) {
        this.subjects = subjects;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMe", summary = "The caller's account; created on the first call")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "403", description = "A machine client has no account")
    public Me me() {
        return subjects.me(caller.get());
    }

    @PUT
    @Path("/me/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyPreferences", summary = "Change the caller's own preferences (language)")
    @APIResponse(responseCode = "200", description = "The account after the change")
    @APIResponse(responseCode = "400", description = "Invalid preferences")
    public Me updatePreferences(@Valid @NotNull MePreferences preferences) {
        return subjects.updatePreferences(caller.get(), preferences);
    }
}
