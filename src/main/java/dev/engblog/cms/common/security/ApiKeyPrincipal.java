package dev.engblog.cms.common.security;

import java.security.Principal;

/**
 * A request that presented an API key (a bearer value that is not a JWT, or {@code ?key=}). Nothing is
 * checked yet: {@link Callers} asks the {@link KeyDirectory} whether the key is live when the request
 * needs its caller, as it asks the {@link CallerDirectory} about a token's subject. The name never
 * holds the secret, so a logged principal reveals nothing.
 */
public record ApiKeyPrincipal(String secret, boolean fromQuery, String origin) implements Principal {

    @Override
    public String getName() {
        return "api-key";
    }

    @Override
    public String toString() {
        return "ApiKeyPrincipal[" + (fromQuery ? "query" : "header") + "]";
    }
}
