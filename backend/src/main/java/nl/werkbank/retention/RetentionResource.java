package nl.werkbank.retention;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.werkbank.caller.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Retention policies and runs (T-1, T-4), for the privacy officer. */
@Path("/api/v1/admin/retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@APIResponse(responseCode = "403", description = "Not the privacy officer")
public class RetentionResource {

    private final RetentionPolicyService policies;
    private final RetentionService retention;
    private final CurrentCaller caller;

    RetentionResource(RetentionPolicyService policies, RetentionService retention, CurrentCaller caller) {
        this.policies = policies;
        this.retention = retention;
        this.caller = caller;
    }

    @GET
    @Path("/policies")
    @Operation(operationId = "listRetentionPolicies", summary = "Every data category's retention policy, by category")
    @APIResponse(
            responseCode = "200",
            description = "The policies",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RetentionPolicyView.class)))
    public List<RetentionPolicyView> listPolicies() {
        return policies.list(caller.get());
    }

    @PUT
    @Path("/policies/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateRetentionPolicy",
            summary = "Change a category's period, action or whether it applies")
    @APIResponse(
            responseCode = "200",
            description = "The policy after the change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RetentionPolicyView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "The period is unreadable, negative or below the legal minimum, or the action is not supported")
    @APIResponse(responseCode = "404", description = "No such category")
    public RetentionPolicyView updatePolicy(
            @PathParam("category") @Size(max = 60) String category, @Valid @NotNull RetentionPolicyInput input) {
        return policies.update(caller.get(), category, input);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "runRetention", summary = "Run the due sweeps now, or as a dry run that changes nothing")
    @APIResponse(
            responseCode = "201",
            description = "The run's report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RetentionRunReport.class)))
    @APIResponse(responseCode = "400", description = "dryRun is missing")
    @APIResponse(responseCode = "409", description = "A run is already in progress")
    public RetentionRunReport run(@Valid @NotNull RetentionRunInput input) {
        return retention.runNow(caller.get(), input);
    }

    @GET
    @Path("/runs")
    @Operation(operationId = "listRetentionRuns", summary = "Past retention runs, newest first")
    @APIResponse(
            responseCode = "200",
            description = "One page of runs",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RetentionRunReport.Page.class)))
    @APIResponse(responseCode = "400", description = "The cursor or the limit is invalid")
    public RetentionRunReport.Page listRuns(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return retention.list(caller.get(), cursor, limit);
    }
}
