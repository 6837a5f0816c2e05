package dev.engblog.cms.category;

import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Categories: public reads. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

    private final TaxonomyReader reader;

    public CategoryResource(TaxonomyReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(operationId = "listCategories", summary = "List categories with their published post counts")
    public Page<CategoryResponse> list(@Context UriInfo uri) {
        return reader.list(CategoryRepository.TAXONOMY, uri.getQueryParameters(), CategoryResponse::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCategory", summary = "Get one category by id")
    public CategoryResponse get(@PathParam("id") String id) {
        return reader.byId(CategoryRepository.TAXONOMY, id, CategoryResponse::from);
    }

    @GET
    @Path("slug/{slug}")
    @Operation(operationId = "getCategoryBySlug", summary = "Get one category by slug")
    public CategoryResponse getBySlug(@PathParam("slug") String slug) {
        return reader.bySlug(CategoryRepository.TAXONOMY, slug, CategoryResponse::from);
    }
}
