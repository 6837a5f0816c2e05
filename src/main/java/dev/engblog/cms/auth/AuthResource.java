package dev.engblog.cms.auth;

import dev.engblog.cms.common.error.Problem;
import dev.engblog.cms.common.http.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import dev.engblog.cms.user.AccountAnswer;
import dev.engblog.cms.user.AccountService;
import dev.engblog.cms.user.InvitationAccept;
import dev.engblog.cms.user.PasswordResetConfirm;
import dev.engblog.cms.user.PasswordResetRequest;
import dev.engblog.cms.user.UserResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in: tokens for a password, rotation of refresh tokens, logout. Rate limited per client and account. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Access and refresh tokens for staff accounts.")
public class AuthResource {

    private final AuthService auth;
    private final ClientAddress clients;
    private final AccountService accounts;

    public AuthResource(AuthService auth, ClientAddress clients, AccountService accounts) {
        this.auth = auth;
        this.clients = clients;
        this.accounts = accounts;
    }

    @POST
    @Path("password-reset")
    @ResponseStatus(202)
    @Operation(operationId = "requestPasswordReset", summary = "Mail a link to set a new password (202, the same answer for every address)")
    public AccountAnswer requestPasswordReset(@Valid @NotNull PasswordResetRequest body, @Context HttpServerRequest request) {
        return accounts.requestReset(body, clients.of(request));
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the mailed token (once, within its hour); ends every login")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void confirmPasswordReset(@Valid @NotNull PasswordResetConfirm body) {
        accounts.confirmReset(body);
    }

    @POST
    @Path("invitations/accept")
    @Operation(operationId = "acceptInvitation", summary = "Create your staff account with the mailed invitation token and your own password")
    public UserResponse acceptInvitation(@Valid @NotNull InvitationAccept body) {
        return accounts.acceptInvitation(body);
    }

    @POST
    @Path("token")
    @Operation(operationId = "createToken", summary = "Sign in with email and password")
    public TokenResponse token(@Valid @NotNull LoginRequest body, @Context HttpServerRequest request) {
        return auth.login(body, clients.of(request));
    }

    @POST
    @Path("refresh")
    @Operation(operationId = "refreshToken", summary = "Trade a refresh token for new tokens (the old one stops working)")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return auth.refresh(body);
    }

    @POST
    @Path("logout")
    @Operation(operationId = "logout", summary = "End the login a refresh token belongs to")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public void logout(@Valid @NotNull RefreshRequest body) {
        auth.logout(body);
    }
}
