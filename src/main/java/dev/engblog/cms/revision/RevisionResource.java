package dev.engblog.cms.revision;

import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.post.PostResponse;
import io.quarkus.security.Authenticated;
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
import org.jboss.resteasy.reactive.RestHeader;

/** A post's revisions, for whoever may edit the post. */
@Path("/api/v1/posts/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Revisions", description = "Every write of a post, kept: list, read, compare and restore (whoever may edit the post).")
public class RevisionResource {

    private final RevisionService service;
    private final Callers callers;

    public RevisionResource(RevisionService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listPostRevisions", summary = "List a post's revisions, newest first (without their content)")
    public Page<RevisionSummary> list(@PathParam("id") String id, @Context UriInfo uri) {
        return service.list(callers.required(), id, uri.getQueryParameters(), uri);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getPostRevision", summary = "Get one revision with the post's content as it was")
    public RevisionResponse get(@PathParam("id") String id, @PathParam("number") String number) {
        return service.get(callers.required(), id, number);
    }

    @GET
    @Path("{from}/diff/{to}")
    @Operation(operationId = "diffPostRevisions", summary = "Compare two revisions: changed fields and a unified diff of the Markdown")
    public RevisionDiff diff(@PathParam("id") String id, @PathParam("from") String from, @PathParam("to") String to) {
        return service.diff(callers.required(), id, from, to);
    }

    @POST
    @Path("{number}/restore")
    @Operation(operationId = "restorePostRevision",
            summary = "Restore a revision's text and metadata (If-Match honoured; slug, status and date stay): itself a new revision")
    public PostResponse restore(@PathParam("id") String id, @PathParam("number") String number,
                                @RestHeader("If-Match") String ifMatch) {
        return service.restore(callers.required(), id, number, ifMatch);
    }
}
