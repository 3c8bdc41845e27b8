package nl.werkbank.notification;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.subject.SubjectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** T-2: the redirect behind the links in our mails; a click is meaningful contact. */
@Path("/api/v1")
@Tag(name = "Operations")
public class MailLinkResource {

    private final MailLinks links;
    private final SubjectService subjects;

    MailLinkResource(MailLinks links, SubjectService subjects) {
        this.links = links;
        this.subjects = subjects;
    }

    @GET
    @Path("/mail-links/{link}")
    @Operation(
            operationId = "followMailLink",
            summary = "A link in one of our mails: counts as meaningful contact and leads on to the SPA (T-2)")
    @APIResponse(
            responseCode = "303",
            description = "On to the page in the SPA",
            headers =
                    @Header(
                            name = "Location",
                            description = "The page in the SPA",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "uri",
                                            maxLength = 2048)))
    @APIResponse(responseCode = "404", description = "The link was changed or is not one of ours")
    public Response follow(
            @PathParam("link")
                    @Parameter(description = "The signed part of the link in the mail")
                    @Schema(maxLength = MailLinks.MAX_LENGTH)
                    @Size(max = MailLinks.MAX_LENGTH)
                    String link) {
        MailLinks.Click click = links.verify(link)
                .orElseThrow(() ->
                        ProblemException.notFound("This link is not valid: it was changed or is not one of ours."));
        subjects.recordMeaningfulContact(click.subjectId());
        return Response.seeOther(URI.create(links.spaUrl(click))).build();
    }
}
