package dev.engblog.cms.author;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.http.PublicRead;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.redirect.RedirectService;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.media.MediaLinks;
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

/** Authors: public reads; writes by admins, and each author for their own profile. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Public author profiles (bylines), with published post counts.")
public class AuthorResource {

    private final TaxonomyReader reader;
    private final AuthorService service;
    private final Callers callers;
    private final RedirectService redirects;
    private final MediaLinks media;

    public AuthorResource(TaxonomyReader reader, AuthorService service, Callers callers, RedirectService redirects, MediaLinks media) {
        this.redirects = redirects;
        this.media = media;
        this.reader = reader;
        this.service = service;
        this.callers = callers;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listAuthors", summary = "List authors with their published post counts")
    public Page<AuthorResponse> list(@Context UriInfo uri) {
        return reader.list(AuthorRepository.TAXONOMY, uri.getQueryParameters(), row -> AuthorResponse.from(row, media), uri);
    }

    @GET
    @Path("{id}")
    @PublicRead
    @Operation(operationId = "getAuthor", summary = "Get one author by id")
    public AuthorResponse get(@PathParam("id") String id, @RestQuery String fields) {
        return reader.byId(AuthorRepository.TAXONOMY, id, row -> AuthorResponse.from(row, media), false, fields);
    }

    @GET
    @Path("slug/{slug}")
    @PublicRead
    @Operation(operationId = "getAuthorBySlug", summary = "Get one author by slug")
    public AuthorResponse getBySlug(@PathParam("slug") String slug, @RestQuery String fields, @Context UriInfo uri) {
        return redirects.readOrRedirect("author", slug, uri, () -> reader.bySlug(AuthorRepository.TAXONOMY, slug, row -> AuthorResponse.from(row, media), false, fields));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAuthor", summary = "Create a author")
    public RestResponse<AuthorResponse> create(@Valid @NotNull AuthorRequest body, @Context UriInfo uri) {
        AuthorResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<AuthorResponse>created(uri.getBaseUriBuilder().path("api/v1/authors/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAuthor", summary = "Replace a author (If-Match honoured)")
    public AuthorResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull AuthorRequest body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAuthor", summary = "Change some fields of a author (JSON merge patch, If-Match honoured)")
    public AuthorResponse patch(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        return service.patch(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deleteAuthor", summary = "Delete a author (If-Match honoured)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
