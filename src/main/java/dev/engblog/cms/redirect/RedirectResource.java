package dev.engblog.cms.redirect;

import dev.engblog.cms.common.api.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retired slugs and where they lead, for frontends and CDNs to publish as redirects. */
@Path("/api/v1/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redirects", description = "Retired slugs of public posts, categories, tags and authors, and their current slugs.")
public class RedirectResource {

    private final RedirectService service;

    public RedirectResource(RedirectService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRedirects", summary = "List retired slugs and the current slug each leads to (one hop)")
    public Page<Redirect> list(@Context UriInfo uri) {
        return service.list(uri.getQueryParameters(), uri);
    }
}
