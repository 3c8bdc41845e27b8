package nl.werkbank.subject;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.common.SignedLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** T-3: the signed "keep my account" link works without login; the token is the whole authorisation. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class KeepAccountResource {

    private static final String LINK_DESCRIPTION = "The signed part of the link in the inactivity warning";

    private final KeepAccountService keepAccount;

    KeepAccountResource(KeepAccountService keepAccount) {
        this.keepAccount = keepAccount;
    }

    @GET
    @Path("/keep-account/{link}")
    @Operation(
            operationId = "getKeepAccount",
            summary = "What a \"keep my account\" link is about; changes nothing (mail scanners follow links)")
    @APIResponseSchema(value = KeepAccountView.class, responseCode = "200", responseDescription = "The link is valid")
    @APIResponse(responseCode = "404", description = "The link was changed or is not one of ours; nothing changed")
    public KeepAccountView show(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = SignedLinks.MAX_TOKEN_LENGTH)
                    @Size(max = SignedLinks.MAX_TOKEN_LENGTH)
                    String link) {
        return keepAccount.show(link);
    }

    @POST
    @Path("/keep-account/{link}")
    @Operation(
            operationId = "keepAccount",
            summary = "Keep my account: meaningful contact (T-2) that voids the inactivity warning (T-3)")
    @APIResponseSchema(
            value = KeepAccountView.class,
            responseCode = "200",
            responseDescription = "Kept (also when kept before)")
    @APIResponse(responseCode = "404", description = "The link was changed or is not one of ours; nothing changed")
    public KeepAccountView keep(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = SignedLinks.MAX_TOKEN_LENGTH)
                    @Size(max = SignedLinks.MAX_TOKEN_LENGTH)
                    String link) {
        return keepAccount.keep(link);
    }
}
