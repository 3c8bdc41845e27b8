package nl.werkbank.assignment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import nl.werkbank.common.WerkbankConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * F-1, F-3: pages for crawlers and aggregators, outside the JSON API (they are HTML and XML for
 * machines that read the web, so they are not part of openapi.yaml).
 */
@Path("/")
public class PublicPageResource {

    private static final String ROBOTS = "User-agent: *\nAllow: /jobs/\nDisallow: /api/\nSitemap: %s/sitemap.xml\n";

    private final PublicPages pages;
    private final WerkbankConfig config;

    PublicPageResource(PublicPages pages, WerkbankConfig config) {
        this.pages = pages;
        this.config = config;
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(hidden = true)
    public String page(@PathParam("id") UUID id) {
        return pages.page(id);
    }

    @GET
    @Path("/sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(hidden = true)
    public Response sitemap() {
        StreamingOutput body = pages::writeSitemap;
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE).build();
    }

    @GET
    @Path("/robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String robots() {
        return ROBOTS.formatted(config.publicUrl());
    }
}
