package nl.werkbank.jobalert;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.jobalert.JobAlertViews.ConfirmationRequest;
import nl.werkbank.jobalert.JobAlertViews.Confirmed;
import nl.werkbank.jobalert.JobAlertViews.JobAlertView;
import nl.werkbank.jobalert.JobAlertViews.SubscriptionReceived;
import nl.werkbank.jobalert.JobAlertViews.VisitorSubscription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job alerts")
public class JobAlertResource {

    private final JobAlertService alerts;
    private final CurrentCaller caller;

    JobAlertResource(JobAlertService alerts, CurrentCaller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Path("/me/job-alerts")
    @Authenticated
    @Operation(operationId = "getMyJobAlert", summary = "The caller's saved search and whether alerts are mailed (A-5)")
    @APIResponseSchema(value = JobAlertView.class, responseCode = "200", responseDescription = "The job alert")
    @APIResponse(responseCode = "403", description = "A machine client has no job alerts")
    public JobAlertView mine() {
        return alerts.mine(caller.get());
    }

    @PUT
    @Path("/me/job-alerts")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveMyJobAlert",
            summary = "Save the caller's search; alerts are mailed only while job-alerts consent is granted (A-5)")
    @APIResponseSchema(value = JobAlertView.class, responseCode = "200", responseDescription = "The job alert")
    @APIResponse(responseCode = "400", description = "A criterion is invalid")
    @APIResponse(responseCode = "403", description = "A machine client has no job alerts")
    public JobAlertView save(@Valid @NotNull JobAlertCriteria criteria) {
        return alerts.save(caller.get(), criteria);
    }

    @POST
    @Path("/job-alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            operationId = "subscribeToJobAlerts",
            summary = "A visitor without an account subscribes by e-mail; a confirmation link is mailed (C-1)")
    @APIResponseSchema(
            value = SubscriptionReceived.class,
            responseCode = "202",
            responseDescription = "A confirmation link was mailed; nothing else is sent before it is used")
    @APIResponse(responseCode = "400", description = "No valid address or an invalid criterion")
    @APIResponse(responseCode = "403", description = "A machine client cannot subscribe")
    @APIResponse(responseCode = "429", description = "Too many subscriptions from this address or network")
    public SubscriptionReceived subscribe(@Valid @NotNull VisitorSubscription subscription) {
        return alerts.subscribeVisitor(caller.get(), subscription);
    }

    @POST
    @Path("/job-alert-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmJobAlert",
            summary = "The visitor's mailed link: confirms the address and grants job-alerts consent (C-1)")
    @APIResponseSchema(value = Confirmed.class, responseCode = "200", responseDescription = "Confirmed")
    @APIResponse(responseCode = "400", description = "No token")
    @APIResponse(responseCode = "404", description = "The link is not valid or expired")
    public Confirmed confirm(@Valid @NotNull ConfirmationRequest request) {
        return alerts.confirm(request.token());
    }
}
