package nl.werkbank.consent;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.consent.ConsentViews.NoticeInput;
import nl.werkbank.consent.ConsentViews.NoticeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
public class PrivacyNoticeResource {

    private final PrivacyNoticeService notices;
    private final CurrentCaller caller;

    PrivacyNoticeResource(PrivacyNoticeService notices, CurrentCaller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @Path("/privacy-notices/current")
    @Operation(
            operationId = "getCurrentPrivacyNotice",
            summary = "The privacy notice in force, in Dutch and English (C-3)")
    @APIResponseSchema(value = NoticeView.class, responseCode = "200", responseDescription = "The notice")
    public NoticeView current() {
        return notices.current();
    }

    @POST
    @Path("/admin/privacy-notices")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "publishPrivacyNotice",
            summary = "Publish a new version of the privacy notice; a material one asks consents to be confirmed"
                    + " (privacy officer, C-3)")
    @APIResponseSchema(value = NoticeView.class, responseCode = "201", responseDescription = "The published version")
    @APIResponse(responseCode = "400", description = "A text is missing or too long, or the date is in the past")
    @APIResponse(responseCode = "403", description = "Only the privacy officer publishes notices")
    public NoticeView publish(@Valid @NotNull NoticeInput input) {
        return notices.publish(caller.get(), input);
    }
}
