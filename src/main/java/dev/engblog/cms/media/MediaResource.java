package dev.engblog.cms.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.security.Callers;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/** The media library: uploads and their texts for staff; the stored files for anyone. */
@Path("/api/v1/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Images for covers and avatars: uploaded once, served in responsive sizes with a placeholder.")
public class MediaResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final MediaService service;
    private final Callers callers;

    public MediaResource(MediaService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listMedia", summary = "List the media library, newest first")
    public Page<MediaResponse> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri.getQueryParameters(), uri);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createMedia", summary = "Upload an image (JPEG, PNG or WebP; every staff role)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = MediaUpload.class)))
    public RestResponse<MediaResponse> create(MediaUpload form, @Context UriInfo uri) {
        MediaResponse created = service.upload(callers.required(), new MediaService.Upload(
                form.file == null ? null : form.file.uploadedFile(), form.file == null ? null : form.file.fileName(),
                form.alt, form.caption));
        return RestResponse.ResponseBuilder.<MediaResponse>created(uri.getBaseUriBuilder().path("api/v1/media/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getMedia", summary = "Get one item of the media library")
    public MediaResponse get(@PathParam("id") String id) {
        return service.get(callers.required(), id);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchMedia", summary = "Change the alt text or caption (JSON merge patch, If-Match honoured)")
    public MediaResponse patch(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch,
                               @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                                       schema = @Schema(implementation = MediaUpdate.class))) JsonNode patch) {
        if (patch == null) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        return service.patch(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deleteMedia", summary = "Delete an image no post or author uses (If-Match honoured)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }

    @GET
    @Path("files/{sha256}/{file}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getMediaFile", summary = "Get a stored image file; it never changes, so caches keep it for a year")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response file(@PathParam("sha256") String sha256, @PathParam("file") String file, @Context HttpHeaders headers) {
        String etag = "\"" + sha256 + "-" + file + "\"";
        var stored = service.file(sha256, file).orElseThrow(() -> ApiException.notFound("File"));
        String type = MediaKeys.mimeType(file.substring(file.indexOf('.') + 1));
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            try {
                stored.content().close();
            } catch (java.io.IOException e) {
                // nothing was read; closing is a courtesy
            }
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        return Response.ok(stored.content(), type).header(HttpHeaders.CONTENT_LENGTH, stored.length())
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
    }

    /** Strong comparison (the files never change): {@code *}, or the very tag among those listed. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
