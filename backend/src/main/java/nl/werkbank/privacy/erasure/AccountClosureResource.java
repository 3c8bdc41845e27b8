package nl.werkbank.privacy.erasure;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.subject.SubjectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** D-4: an account holder closes their account without asking for erasure at once. */
@Path("/api/v1/me/closure")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class AccountClosureResource {

    private final ErasureService erasure;
    private final CurrentCaller caller;

    AccountClosureResource(ErasureService erasure, CurrentCaller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @POST
    @Operation(
            operationId = "closeMyAccount",
            summary = "Close the caller's account: the profile is hidden at once, the account erased after 30 days")
    @APIResponse(
            responseCode = "200",
            description = "The account is closed; closing it again answers the same times",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountClosureView.class)))
    @APIResponse(responseCode = "403", description = "Not a person's account (a machine client has no data of its own)")
    public AccountClosureView close() {
        SubjectService.Closure closure = erasure.close(caller.get());
        return new AccountClosureView(closure.closedAt(), closure.erasureDueAt());
    }

    @DELETE
    @Operation(
            operationId = "reopenMyAccount",
            summary = "Keep the caller's closed account after all: no longer due for erasure; the profile stays"
                    + " hidden until its visibility is chosen again")
    @APIResponse(responseCode = "204", description = "The account is open (also when it was not closed)")
    @APIResponse(responseCode = "403", description = "Not a person's account (a machine client has no data of its own)")
    public void reopen() {
        erasure.reopen(caller.get());
    }
}
