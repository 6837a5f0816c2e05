package dev.engblog.cms.preview;

import dev.engblog.cms.post.PostResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The read a preview link grants: one post as it is now, never cached, never indexed. */
@Path("/api/v1/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preview links")
public class PreviewResource {

    private final PreviewService service;

    public PreviewResource(PreviewService service) {
        this.service = service;
    }

    @GET
    @Path("{token}")
    @Operation(operationId = "getPreview", summary = "Show the post a preview link points to (an expired or revoked link is a 404)")
    public RestResponse<PostResponse> show(@PathParam("token") String token) {
        return RestResponse.ResponseBuilder.ok(service.show(token))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
