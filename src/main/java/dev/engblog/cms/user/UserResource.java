package dev.engblog.cms.user;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff accounts: ADMIN manages all; /users/me is each user's own. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Users", description = "Staff accounts and roles (ADMIN), and each user's own profile and password.")
public class UserResource {

    private final UserService service;
    private final Callers callers;
    private final AccountService accounts;

    public UserResource(UserService service, Callers callers, AccountService accounts) {
        this.service = service;
        this.callers = callers;
        this.accounts = accounts;
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(operationId = "inviteUser", summary = "Invite someone to the staff: a mailed single-use link lets them set their own password")
    public InvitationResponse invite(@Valid @NotNull InvitationRequest body) {
        return accounts.invite(callers.required(), body);
    }

    @POST
    @Path("{id}/temporary-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTemporaryPassword", summary = "Set a temporary password; the next sign-in must replace it. Ends every login")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void setTemporaryPassword(@PathParam("id") String id, @Valid @NotNull TemporaryPassword body) {
        accounts.setTemporaryPassword(callers.required(), id, body);
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List staff accounts")
    public Page<UserResponse> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri.getQueryParameters(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a staff account with a role")
    public RestResponse<UserResponse> create(@Valid @NotNull UserRequest body, @Context UriInfo uri) {
        UserResponse created = service.create(callers.required(), body);
        return RestResponse.ResponseBuilder.<UserResponse>created(uri.getBaseUriBuilder().path("api/v1/users/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("me")
    @Operation(operationId = "getMe", summary = "Your own account")
    public UserResponse me() {
        return service.me(callers.required());
    }

    @PATCH
    @Path("me")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateMe", summary = "Change your own name or email (If-Match honoured)")
    public UserResponse updateMe(@RestHeader("If-Match") String ifMatch, @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ProfileUpdate.class))) @NotNull JsonNode patch) {
        return service.updateMe(callers.required(), ifMatch, patch);
    }

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "Change your password (the current one is required); ends every login")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void changePassword(@Valid @NotNull PasswordChange body) {
        service.changePassword(callers.required(), body);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "Get a staff account")
    public UserResponse get(@PathParam("id") String id) {
        return service.get(callers.required(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceUser", summary = "Replace an account's email, name, role, disabled flag and author link (If-Match honoured)")
    public UserResponse replace(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull UserUpdate body) {
        return service.replace(callers.required(), id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateUser", summary = "Change an account: email, name, role, disabled, author link")
    public UserResponse update(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch,
                               @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                                       schema = @Schema(implementation = UserUpdate.class))) @NotNull JsonNode patch) {
        return service.update(callers.required(), id, ifMatch, patch);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteUser", summary = "Delete an account (not yourself, not the last admin)")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void delete(@PathParam("id") String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(callers.required(), id, ifMatch);
    }
}
