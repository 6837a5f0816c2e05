package dev.engblog.cms.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.http.PublicRead;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.redirect.RedirectService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Posts: public reads of what is published; staff reads and writes by role. */
@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Articles: public reads of what is published; staff reads and writes by role.")
public class PostResource {

    private final PostService service;
    private final Callers callers;
    private final RedirectService redirects;

    public PostResource(PostService service, Callers callers, RedirectService redirects) {
        this.service = service;
        this.callers = callers;
        this.redirects = redirects;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listPosts", summary = "List posts: published ones, or with a token all the caller may see")
    public Page<PostSummary> list(@Context UriInfo uri) {
        return service.list(callers.current(), uri.getQueryParameters(), uri);
    }

    @GET
    @Path("{id}")
    @PublicRead
    @Operation(operationId = "getPost", summary = "Get one post by id")
    public PostResponse get(@PathParam("id") String id, @RestQuery String fields) {
        return service.get(callers.current(), id, fields);
    }

    @GET
    @Path("slug/{slug}")
    @PublicRead
    @Operation(operationId = "getPostBySlug", summary = "Get one post by slug")
    public PostResponse getBySlug(@PathParam("slug") String slug, @RestQuery String fields, @Context UriInfo uri) {
        return redirects.readOrRedirect("post", slug, uri, () -> service.getBySlug(callers.current(), slug, fields));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPost", summary = "Create a post (contributors: drafts only)")
    public RestResponse<PostResponse> create(@Valid @NotNull PostRequest body, @Context UriInfo uri) {
        PostResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<PostResponse>created(uri.getBaseUriBuilder().path("api/v1/posts/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePost", summary = "Replace a post (If-Match honoured)")
    public PostResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull PostRequest body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchPost", summary = "Change some fields of a post (JSON merge patch, If-Match honoured)")
    public PostResponse patch(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        return service.patch(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deletePost", summary = "Delete a post (If-Match honoured)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
