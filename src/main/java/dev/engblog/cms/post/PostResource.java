package dev.engblog.cms.post;

import dev.engblog.cms.common.api.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts: public reads of what is published. */
@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostResource {

    private final PostService service;

    public PostResource(PostService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPosts", summary = "List published posts, filtered, searched and paged")
    public Page<PostSummary> list(@Context UriInfo uri) {
        return service.listPublic(uri.getQueryParameters(), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPost", summary = "Get one published post by id")
    public PostResponse get(@PathParam("id") String id) {
        return service.getPublic(id);
    }

    @GET
    @Path("slug/{slug}")
    @Operation(operationId = "getPostBySlug", summary = "Get one published post by slug")
    public PostResponse getBySlug(@PathParam("slug") String slug) {
        return service.getPublicBySlug(slug);
    }
}
