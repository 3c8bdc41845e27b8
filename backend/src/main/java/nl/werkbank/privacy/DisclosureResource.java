package nl.werkbank.privacy;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class DisclosureResource {

    private final DisclosureService disclosures;
    private final CurrentCaller caller;

    DisclosureResource(DisclosureService disclosures, CurrentCaller caller) {
        this.disclosures = disclosures;
        this.caller = caller;
    }

    @GET
    @Path("/me/disclosures")
    @Operation(operationId = "listMyDisclosures", summary = "Who received my personal data (D-8), newest first")
    public DisclosurePage mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return disclosures.mine(caller.get(), cursor, limit);
    }
}
