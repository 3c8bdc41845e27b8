package nl.werkbank.feed;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import nl.werkbank.common.problem.Problem;
import nl.werkbank.feed.FeedViews.FeedPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** F-1, F-2, F-5: what job boards pull, with a client-credentials token that has {@code feed-reader}. */
@Path("/api/v1/feed")
@Authenticated
@Tag(name = "Job-board feed")
public class FeedResource {

    private final FeedService feed;
    private final FeedAccess access;

    FeedResource(FeedService feed, FeedAccess access) {
        this.feed = feed;
        this.access = access;
    }

    @GET
    @Path("/assignments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "pullFeed",
            summary = "Changes after the cursor, oldest first: published assignments with their JobPosting, "
                    + "and tombstones (REMOVED) for those that left publication; strong ETag")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes; follow nextCursor while hasMore, then poll with it",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a job board's client-credentials token with feed-reader")
    @APIResponse(
            responseCode = "429",
            description = "Over the client's requests per minute; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(
            @Parameter(description = "nextCursor of the previous page; absent for the first pull") @QueryParam("cursor")
                    String cursor,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String ifNoneMatch) {
        FeedService.Pull pull =
                feed.changes(access.requireFeedReader(), cursor, limit, Optional.ofNullable(ifNoneMatch));
        EntityTag tag = new EntityTag(pull.etag());
        return switch (pull) {
            case FeedService.NotModified notModified ->
                Response.notModified(tag).build();
            case FeedService.Fresh fresh ->
                Response.ok(fresh.page(), MediaType.APPLICATION_JSON_TYPE)
                        .tag(tag)
                        .build();
        };
    }

    @GET
    @Path("/assignments.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(
            operationId = "pullFullFeedXml",
            summary = "Every published assignment as Indeed-style XML (<source><job>…), streamed")
    @APIResponse(
            responseCode = "200",
            description = "The full feed: title, date, referencenumber, url, company, city, country, postalcode, "
                    + "description, salary, jobtype, remotetype, expirationdate per job",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a job board's client-credentials token with feed-reader")
    @APIResponse(
            responseCode = "429",
            description = "Over the client's requests per minute; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fullFeed() {
        FeedClient client = access.requireFeedReader();
        feed.admitFullFeed(client);
        StreamingOutput body = out -> feed.writeFullFeed(client, out);
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE).build();
    }
}
