package dev.engblog.cms.tag;

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

/** Tags: public reads. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
public class TagResource {

    private final TaxonomyReader reader;

    public TagResource(TaxonomyReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags with their published post counts")
    public Page<TagResponse> list(@Context UriInfo uri) {
        return reader.list(TagRepository.TAXONOMY, uri.getQueryParameters(), TagResponse::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTag", summary = "Get one tag by id")
    public TagResponse get(@PathParam("id") String id) {
        return reader.byId(TagRepository.TAXONOMY, id, TagResponse::from);
    }

    @GET
    @Path("slug/{slug}")
    @Operation(operationId = "getTagBySlug", summary = "Get one tag by slug")
    public TagResponse getBySlug(@PathParam("slug") String slug) {
        return reader.bySlug(TagRepository.TAXONOMY, slug, TagResponse::from);
    }
}
