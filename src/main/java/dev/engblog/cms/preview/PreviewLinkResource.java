package dev.engblog.cms.preview;

import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.security.Callers;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A post's preview links, for whoever may edit the post. */
@Path("/api/v1/posts/{id}/preview-links")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Preview links", description = "Secret, expiring, read-only links to a post as it is now (drafts included).")
public class PreviewLinkResource {

    private final PreviewService service;
    private final Callers callers;

    public PreviewLinkResource(PreviewService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPreviewLink", summary = "Create a preview link (its token is shown only in this answer)")
    public RestResponse<PreviewLinkCreated> create(@PathParam("id") String id, @Valid PreviewLinkRequest body, @Context UriInfo uri) {
        PreviewLinkCreated created = service.create(callers.required(), id, body);
        return RestResponse.ResponseBuilder.<PreviewLinkCreated>created(uri.getBaseUriBuilder().path(created.url()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listPreviewLinks", summary = "List a post's preview links, newest first (without tokens)")
    public Page<PreviewLinkResponse> list(@PathParam("id") String id, @Context UriInfo uri) {
        return service.list(callers.required(), id, uri);
    }

    @DELETE
    @Path("{linkId}")
    @Operation(operationId = "revokePreviewLink", summary = "Revoke a preview link: its token stops working at once")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void revoke(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        service.revoke(callers.required(), id, linkId);
    }
}
