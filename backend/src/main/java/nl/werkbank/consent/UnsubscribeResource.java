package nl.werkbank.consent;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.ContractFilter;
import nl.werkbank.common.CrossSiteRequestCheck;
import nl.werkbank.consent.ConsentViews.UnsubscribeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** C-4: signed unsubscribe links work without login; the token is the whole authorisation. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
public class UnsubscribeResource {

    private static final String LINK_DESCRIPTION =
            "The signed part of the link in the mail: it names the person and the purpose";

    private final UnsubscribeService unsubscribe;
    private final CurrentCaller caller;

    UnsubscribeResource(UnsubscribeService unsubscribe, CurrentCaller caller) {
        this.unsubscribe = unsubscribe;
        this.caller = caller;
    }

    @GET
    @Path("/unsubscribe/{link}")
    @Operation(
            operationId = "getUnsubscription",
            summary = "What an unsubscribe link is about; changes nothing (mail scanners follow links)")
    @APIResponseSchema(value = UnsubscribeView.class, responseCode = "200", responseDescription = "The link's purpose")
    @APIResponse(responseCode = "404", description = "The link was changed or is not one of ours; nothing changed")
    public UnsubscribeView show(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = UnsubscribeLinks.MAX_TOKEN_LENGTH)
                    @Size(max = UnsubscribeLinks.MAX_TOKEN_LENGTH)
                    String link) {
        return unsubscribe.show(caller.get(), link);
    }

    @POST
    @Path("/unsubscribe/{link}")
    @CrossSiteRequestCheck.FormsFromElsewhere
    @Extension(name = ContractFilter.FORMS_FROM_ELSEWHERE, value = "true", parseValue = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(
            operationId = "unsubscribe",
            summary = "RFC 8058 one-click unsubscribe: stops exactly this purpose for exactly this person, at once")
    @APIResponseSchema(
            value = UnsubscribeView.class,
            responseCode = "200",
            responseDescription = "Unsubscribed (also when already unsubscribed)")
    @APIResponse(responseCode = "404", description = "The link was changed or is not one of ours; nothing changed")
    public UnsubscribeView unsubscribe(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = UnsubscribeLinks.MAX_TOKEN_LENGTH)
                    @Size(max = UnsubscribeLinks.MAX_TOKEN_LENGTH)
                    String link,
            @FormParam("List-Unsubscribe")
                    @Parameter(description = "One-Click, as RFC 8058 mail clients send it")
                    @Size(max = 20)
                    String oneClick) {
        return unsubscribe.unsubscribe(caller.get(), link);
    }
}
