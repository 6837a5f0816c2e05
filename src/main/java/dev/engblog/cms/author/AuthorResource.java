package dev.engblog.cms.author;

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

/** Authors: public reads. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

    private final TaxonomyReader reader;

    public AuthorResource(TaxonomyReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors with their published post counts")
    public Page<AuthorResponse> list(@Context UriInfo uri) {
        return reader.list(AuthorRepository.TAXONOMY, uri.getQueryParameters(), AuthorResponse::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAuthor", summary = "Get one author by id")
    public AuthorResponse get(@PathParam("id") String id) {
        return reader.byId(AuthorRepository.TAXONOMY, id, AuthorResponse::from);
    }

    @GET
    @Path("slug/{slug}")
    @Operation(operationId = "getAuthorBySlug", summary = "Get one author by slug")
    public AuthorResponse getBySlug(@PathParam("slug") String slug) {
        return reader.bySlug(AuthorRepository.TAXONOMY, slug, AuthorResponse::from);
    }
}
