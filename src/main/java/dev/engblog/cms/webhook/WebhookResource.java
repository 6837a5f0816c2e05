package dev.engblog.cms.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.security.Callers;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/** Webhooks (ADMIN): signed POSTs to integrations when content changes. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Webhooks", description = "Signed notifications of content changes, with retries and a delivery log (ADMIN).")
public class WebhookResource {

    private final WebhookService service;
    private final Callers callers;

    public WebhookResource(WebhookService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks")
    public Page<WebhookResponse> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Create a webhook; the answer shows its signing secret, once")
    public RestResponse<WebhookResponse> create(@Valid @NotNull WebhookRequest body, @Context UriInfo uri) {
        WebhookResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<WebhookResponse>created(uri.getBaseUriBuilder().path("api/v1/webhooks/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook (without its secret)")
    public WebhookResponse get(@PathParam("id") String id) {
        return service.get(callers.required(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook's name, URL, events and active flag (If-Match honoured)")
    public WebhookResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull WebhookRequest body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook's name, URL, events or active flag (JSON merge patch, If-Match honoured)")
    public WebhookResponse update(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch,
                                  @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                                          schema = @Schema(implementation = WebhookRequest.class))) @NotNull JsonNode patch) {
        return service.update(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new signing secret (shown once); the old one stops at once")
    public WebhookResponse rotate(@PathParam("id") String id) {
        return service.rotate(callers.required(), id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The newest 100 deliveries with every attempt")
    public Page<DeliveryResponse> deliveries(@PathParam("id") String id, @Context UriInfo uri) {
        return service.deliveries(callers.required(), id, uri);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Queue a delivery to be sent again (202)")
    @ResponseStatus(202)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        service.redeliver(callers.required(), id, deliveryId);
    }
}
