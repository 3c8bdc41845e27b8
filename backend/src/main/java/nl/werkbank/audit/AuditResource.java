package nl.werkbank.audit;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditService audit;
    private final CurrentCaller caller;

    AuditResource(AuditService audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "searchAuditLog", summary = "Search the audit log, newest first (privacy officer; S-6)")
    @APIResponse(
            responseCode = "200",
            description = "One page of entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A filter, the cursor or the limit is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the privacy officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditPage search(
            @QueryParam("action") @Parameter(schema = @Schema(implementation = AuditAction.class)) String action,
            @QueryParam("actor")
                    @Size(max = 300)
                    @Parameter(
                            description = "subject:<uuid>, client:<client id> or system",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 300))
                    String actor,
            @QueryParam("subject")
                    @Parameter(
                            description = "Subject reference (UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String subject,
            @QueryParam("from")
                    @Parameter(
                            description = "From this instant (inclusive)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Until this instant (exclusive)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return audit.search(caller.get(), new AuditFilter.Query(action, actor, subject, from, to), cursor, limit);
    }

    @GET
    @Path("/verification")
    @Operation(
            operationId = "verifyAuditLog",
            summary = "Recompute the audit log's hash chain and report the first broken entry (privacy officer)")
    @APIResponse(
            responseCode = "200",
            description = "The outcome",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditVerification.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the privacy officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditVerification verify() {
        return audit.verify(caller.get());
    }
}
