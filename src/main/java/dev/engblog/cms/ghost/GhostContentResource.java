package dev.engblog.cms.ghost;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Ghost's Content API ({@code /ghost/api/content/}, read-only, a content key in {@code ?key=}), so an
 * unchanged Ghost frontend or {@code @tryghost/content-api} client can read this CMS. Documented in
 * README ("Ghost Content API"), not in openapi.yaml: it is Ghost's contract, not ours, and outside the SDK.
 * The legacy prefixes answer the same ({@link GhostLegacyRoutes}).
 */
@Path("/ghost/api/content")
@Produces(MediaType.APPLICATION_JSON)
public class GhostContentResource {

    private final GhostService ghost;

    public GhostContentResource(GhostService ghost) {
        this.ghost = ghost;
    }

    private GhostService.Params params(UriInfo uri, HttpHeaders headers) {
        ghost.checkKey(uri.getQueryParameters().getFirst("key"), headers.getHeaderString("Origin"));
        return GhostService.Params.of(uri.getQueryParameters());
    }

    @GET
    @Path("posts/")
    @Operation(hidden = true)
    public Map<String, Object> browsePosts(@Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.browsePosts(params(uri, headers), uri);
    }

    @GET
    @Path("posts/{id}/")
    @Operation(hidden = true)
    public Map<String, Object> readPost(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readPost(params(uri, headers), id, false);
    }

    @GET
    @Path("posts/slug/{slug}/")
    @Operation(hidden = true)
    public Map<String, Object> readPostBySlug(@PathParam("slug") String slug, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readPost(params(uri, headers), slug, true);
    }

    @GET
    @Path("pages/")
    @Operation(hidden = true)
    public Map<String, Object> browsePages(@Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.browsePages(params(uri, headers));
    }

    @GET
    @Path("pages/{id}/")
    @Operation(hidden = true)
    public Map<String, Object> readPage(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        params(uri, headers);
        throw GhostError.notFound("page");
    }

    @GET
    @Path("pages/slug/{slug}/")
    @Operation(hidden = true)
    public Map<String, Object> readPageBySlug(@PathParam("slug") String slug, @Context UriInfo uri, @Context HttpHeaders headers) {
        params(uri, headers);
        throw GhostError.notFound("page");
    }

    @GET
    @Path("tags/")
    @Operation(hidden = true)
    public Map<String, Object> browseTags(@Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.browseTags(params(uri, headers), uri);
    }

    @GET
    @Path("tags/{id}/")
    @Operation(hidden = true)
    public Map<String, Object> readTag(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readTag(params(uri, headers), id, false);
    }

    @GET
    @Path("tags/slug/{slug}/")
    @Operation(hidden = true)
    public Map<String, Object> readTagBySlug(@PathParam("slug") String slug, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readTag(params(uri, headers), slug, true);
    }

    @GET
    @Path("authors/")
    @Operation(hidden = true)
    public Map<String, Object> browseAuthors(@Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.browseAuthors(params(uri, headers), uri);
    }

    @GET
    @Path("authors/{id}/")
    @Operation(hidden = true)
    public Map<String, Object> readAuthor(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readAuthor(params(uri, headers), id, false);
    }

    @GET
    @Path("authors/slug/{slug}/")
    @Operation(hidden = true)
    public Map<String, Object> readAuthorBySlug(@PathParam("slug") String slug, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ghost.readAuthor(params(uri, headers), slug, true);
    }

    @GET
    @Path("settings/")
    @Operation(hidden = true)
    public Map<String, Object> settings(@Context UriInfo uri, @Context HttpHeaders headers) {
        params(uri, headers);
        return ghost.settings();
    }
}
