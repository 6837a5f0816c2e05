package dev.engblog.cms.tag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.http.PublicRead;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.redirect.RedirectService;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TermRequest;
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

/** Tags: public reads; writes by editors and admins; deleting a tag removes it from its posts. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Topics attached to posts, with published post counts.")
public class TagResource {

    private final TaxonomyReader reader;
    private final TagService service;
    private final Callers callers;
    private final RedirectService redirects;

    public TagResource(TaxonomyReader reader, TagService service, Callers callers, RedirectService redirects) {
        this.redirects = redirects;
        this.reader = reader;
        this.service = service;
        this.callers = callers;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listTags", summary = "List tags with their published post counts")
    public Page<TagResponse> list(@Context UriInfo uri) {
        return reader.list(TagRepository.TAXONOMY, uri.getQueryParameters(), TagResponse::from, uri, callers.current().isEmpty());
    }

    @GET
    @Path("{id}")
    @PublicRead
    @Operation(operationId = "getTag", summary = "Get one tag by id")
    public TagResponse get(@PathParam("id") String id, @RestQuery String fields) {
        return reader.byId(TagRepository.TAXONOMY, id, TagResponse::from, callers.current().isEmpty(), fields);
    }

    @GET
    @Path("slug/{slug}")
    @PublicRead
    @Operation(operationId = "getTagBySlug", summary = "Get one tag by slug")
    public TagResponse getBySlug(@PathParam("slug") String slug, @RestQuery String fields, @Context UriInfo uri) {
        return redirects.readOrRedirect("tag", slug, uri, () -> reader.bySlug(TagRepository.TAXONOMY, slug, TagResponse::from, callers.current().isEmpty(), fields));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTag", summary = "Create a tag")
    public RestResponse<TagResponse> create(@Valid @NotNull TermRequest body, @Context UriInfo uri) {
        TagResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<TagResponse>created(uri.getBaseUriBuilder().path("api/v1/tags/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTag", summary = "Replace a tag (If-Match honoured)")
    public TagResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull TermRequest body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTag", summary = "Change some fields of a tag (JSON merge patch, If-Match honoured)")
    public TagResponse patch(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        return service.patch(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deleteTag", summary = "Delete a tag (If-Match honoured)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
