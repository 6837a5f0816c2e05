package dev.engblog.cms.category;

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

/** Categories: public reads; writes by editors and admins. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "The sections posts are filed under, with published post counts.")
public class CategoryResource {

    private final TaxonomyReader reader;
    private final CategoryService service;
    private final Callers callers;
    private final RedirectService redirects;

    public CategoryResource(TaxonomyReader reader, CategoryService service, Callers callers, RedirectService redirects) {
        this.redirects = redirects;
        this.reader = reader;
        this.service = service;
        this.callers = callers;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listCategories", summary = "List categories with their published post counts")
    public Page<CategoryResponse> list(@Context UriInfo uri) {
        return reader.list(CategoryRepository.TAXONOMY, uri.getQueryParameters(), CategoryResponse::from, uri);
    }

    @GET
    @Path("{id}")
    @PublicRead
    @Operation(operationId = "getCategory", summary = "Get one category by id")
    public CategoryResponse get(@PathParam("id") String id, @RestQuery String fields) {
        return reader.byId(CategoryRepository.TAXONOMY, id, CategoryResponse::from, false, fields);
    }

    @GET
    @Path("slug/{slug}")
    @PublicRead
    @Operation(operationId = "getCategoryBySlug", summary = "Get one category by slug")
    public CategoryResponse getBySlug(@PathParam("slug") String slug, @RestQuery String fields, @Context UriInfo uri) {
        return redirects.readOrRedirect("category", slug, uri, () -> reader.bySlug(CategoryRepository.TAXONOMY, slug, CategoryResponse::from, false, fields));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCategory", summary = "Create a category")
    public RestResponse<CategoryResponse> create(@Valid @NotNull TermRequest body, @Context UriInfo uri) {
        CategoryResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<CategoryResponse>created(uri.getBaseUriBuilder().path("api/v1/categories/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCategory", summary = "Replace a category (If-Match honoured)")
    public CategoryResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull TermRequest body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchCategory", summary = "Change some fields of a category (JSON merge patch, If-Match honoured)")
    public CategoryResponse patch(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        return service.patch(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deleteCategory", summary = "Delete a category (If-Match honoured)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
