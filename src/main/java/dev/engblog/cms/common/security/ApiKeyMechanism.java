package dev.engblog.cms.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Recognises API keys beside the JWT sign-in: a bearer value that is not a JWT (a JWT always has two
 * dots, a key none), or, without an Authorization header, the {@code key} query parameter (how Ghost's
 * content client sends it). It runs before the JWT mechanism and leaves every JWT to it. The key is only
 * carried here; {@link Callers} checks it against the {@link KeyDirectory} when the request needs it.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    /** Before the JWT mechanism (default priority 1000): higher runs first. */
    static final int PRIORITY = DEFAULT_PRIORITY + 1000;
    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        ApiKeyPrincipal key = keyOf(context);
        return key == null ? Uni.createFrom().nullItem() : identities.authenticate(new KeyRequest(key));
    }

    static ApiKeyPrincipal keyOf(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                String value = authorization.substring(BEARER.length()).trim();
                if (!value.isEmpty() && value.indexOf('.') < 0) {
                    return new ApiKeyPrincipal(value, false, origin);
                }
            }
            return null;
        }
        String query = context.request().getParam("key");
        return query == null || query.isEmpty() ? null : new ApiKeyPrincipal(query, true, origin);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(KeyRequest.class);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    /** The key as presented, to be checked later by {@link Callers}. */
    public static final class KeyRequest extends BaseAuthenticationRequest {
        final ApiKeyPrincipal key;

        KeyRequest(ApiKeyPrincipal key) {
            this.key = key;
        }
    }

    /** Turns a presented key into an identity without any I/O; whether it is live is decided when it is used. */
    @ApplicationScoped
    public static class Identities implements IdentityProvider<KeyRequest> {

        @Override
        public Class<KeyRequest> getRequestType() {
            return KeyRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(KeyRequest request, AuthenticationRequestContext context) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(request.key).build());
        }
    }
}
