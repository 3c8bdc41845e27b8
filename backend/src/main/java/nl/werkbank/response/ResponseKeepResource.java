package nl.werkbank.response;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkbank.common.SignedLinks;
import nl.werkbank.response.ResponseViews.KeepView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-4, T-1: the signed "keep my response for a year" link of the closing mail works without login. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
public class ResponseKeepResource {

    private static final String LINK_DESCRIPTION = "The signed part of the link in the closing mail";

    private final ResponseRetention retention;

    ResponseKeepResource(ResponseRetention retention) {
        this.retention = retention;
    }

    @GET
    @Path("/response-keep/{link}")
    @Operation(
            operationId = "getResponseKeep",
            summary =
                    "What a \"keep my response for a year\" link is about; changes nothing (mail scanners follow links)")
    @APIResponseSchema(value = KeepView.class, responseCode = "200", responseDescription = "The link is valid")
    @APIResponse(
            responseCode = "404",
            description = "The link was changed, is not one of ours, or the response is erased; nothing changed")
    public KeepView show(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = SignedLinks.MAX_TOKEN_LENGTH)
                    @Size(max = SignedLinks.MAX_TOKEN_LENGTH)
                    String link) {
        return retention.showKeep(link);
    }

    @POST
    @Path("/response-keep/{link}")
    @Operation(
            operationId = "keepResponse",
            summary = "Yes, keep my response for a year after the procedure closed instead of 4 weeks (T-1)")
    @APIResponseSchema(
            value = KeepView.class,
            responseCode = "200",
            responseDescription = "Kept (also when kept before)")
    @APIResponse(
            responseCode = "404",
            description = "The link was changed, is not one of ours, or the response is erased; nothing changed")
    public KeepView keep(
            @PathParam("link")
                    @Parameter(description = LINK_DESCRIPTION)
                    @Schema(maxLength = SignedLinks.MAX_TOKEN_LENGTH)
                    @Size(max = SignedLinks.MAX_TOKEN_LENGTH)
                    String link) {
        return retention.keep(link);
    }
}
