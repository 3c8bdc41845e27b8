package nl.werkbank.notification;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import nl.werkbank.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class OutboxResource {

    private final OutboxService outbox;
    private final CurrentCaller caller;

    OutboxResource(OutboxService outbox, CurrentCaller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @GET
    @Path("/admin/outbox")
    @Operation(operationId = "listOutbox", summary = "Queued and sent mail with attempt counts and last errors (admin)")
    public OutboxView.Page list(
            @QueryParam("status") @Pattern(regexp = "PENDING|SENT|CANCELLED", message = "{werkbank.outbox-status}")
                    String status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return outbox.list(caller.get(), Optional.ofNullable(status).map(OutboxMessage.Status::valueOf), cursor, limit);
    }
}
