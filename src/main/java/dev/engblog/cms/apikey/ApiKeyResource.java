package dev.engblog.cms.apikey;

import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.security.Callers;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** API keys (ADMIN): content keys for frontends and Ghost clients, admin keys for integrations. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "API keys", description = "Keys for integrations (ADMIN): content keys read published content (also as Ghost Content API"
        + " keys), admin keys act with a role. Send as `Authorization: Bearer <key>`, content keys also as `?key=`.")
public class ApiKeyResource {

    private final ApiKeyService service;
    private final Callers callers;

    public ApiKeyResource(ApiKeyService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys (never their secrets)")
    public Page<ApiKeyResponse> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key; the answer shows its secret, once")
    public RestResponse<ApiKeyResponse> create(@Valid @NotNull ApiKeyRequest body, @Context UriInfo uri) {
        ApiKeyResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<ApiKeyResponse>created(uri.getBaseUriBuilder().path("api/v1/api-keys/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key (without its secret)")
    public ApiKeyResponse get(@PathParam("id") String id) {
        return service.get(callers.required(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key: it stops working at once")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void revoke(@PathParam("id") String id) {
        service.revoke(callers.required(), id);
    }

    @POST
    @Path("{id}/rotate")
    @Operation(operationId = "rotateApiKey", summary = "Issue a new secret (shown once); the old one stops working at once")
    public ApiKeyResponse rotate(@PathParam("id") String id) {
        return service.rotate(callers.required(), id);
    }
}
