package dev.engblog.cms.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.http.ClientAddress;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.common.security.Role;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;

/** Newsletter: public subscribe, confirm and unsubscribe; ADMIN reads, edits, exports and erases. */
@Path("/api/v1/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscribers", description = "Newsletter sign-up with double opt-in, and its administration (ADMIN).")
public class SubscriberResource {

    private final SubscriberService service;
    private final SubscriberExport export;
    private final Callers callers;
    private final ClientAddress clients;

    public SubscriberResource(SubscriberService service, SubscriberExport export, Callers callers, ClientAddress clients) {
        this.clients = clients;
        this.service = service;
        this.export = export;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(operationId = "subscribe", summary = "Subscribe (202, the same answer for every address; a confirmation mail follows)")
    public SubscriptionAnswer subscribe(@Valid @NotNull SubscribeRequest body, @Context HttpServerRequest request) {
        return service.subscribe(body, clients.of(request));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmSubscription", summary = "Confirm a subscription with the token from the mail")
    public SubscriptionAnswer confirm(@Valid @NotNull TokenRequest body) {
        return service.confirm(body);
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unsubscribe", summary = "Unsubscribe with the token from any newsletter mail")
    public SubscriptionAnswer unsubscribe(@Valid @NotNull TokenRequest body) {
        return service.unsubscribe(body);
    }

    /** RFC 8058: mail clients POST {@code List-Unsubscribe=One-Click} to the URL in the mail's header. */
    @POST
    @Path("unsubscribe/one-click")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "unsubscribeOneClick", summary = "One-click unsubscribe (RFC 8058) from a mail's List-Unsubscribe header")
    public SubscriptionAnswer oneClick(@RestQuery String token) {
        return service.unsubscribe(new TokenRequest(token == null ? "" : token));
    }

    @GET
    @Authenticated
    @Operation(operationId = "listSubscribers", summary = "List subscribers")
    public Page<SubscriberResponse> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri.getQueryParameters(), uri);
    }

    @GET
    @Path("counts")
    @Authenticated
    @Operation(operationId = "countSubscribers", summary = "Subscribers by status")
    public Map<String, Long> counts() {
        return service.counts(callers.required());
    }

    @GET
    @Path("export")
    @Authenticated
    @Produces("text/csv")
    @Operation(operationId = "exportSubscribers", summary = "Every subscriber as CSV, streamed")
    public StreamingOutput exportCsv() {
        callers.requireRole(Role.ADMIN);
        return export::write;
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getSubscriber", summary = "Get a subscriber")
    public SubscriberResponse get(@PathParam("id") String id) {
        return service.get(callers.required(), id);
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSubscriber", summary = "Replace a subscriber's name and topics (If-Match honoured)")
    public SubscriberResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch,
                                      @Valid @NotNull SubscriberUpdate body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateSubscriber", summary = "Change a subscriber's name or topics (JSON merge patch, If-Match honoured)")
    public SubscriberResponse update(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch,
                                     @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                                             schema = @Schema(implementation = SubscriberUpdate.class))) @NotNull JsonNode patch) {
        return service.update(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "deleteSubscriber", summary = "Erase a subscriber: personal data deleted, not flagged")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
