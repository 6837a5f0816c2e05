package dev.engblog.cms.common.security;

import dev.engblog.cms.common.error.ApiException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the request's bearer token into a {@link Caller}. The token proves who is calling; the role,
 * the author link and whether the account is disabled come from the database, so a demotion or a
 * disabled account takes effect at once, not when the token expires. An API key
 * ({@link ApiKeyPrincipal}) is checked against the {@link KeyDirectory} the same way: a content key
 * reads as the public does (no caller, and a write is a 403), an admin key acts as its caller.
 */
@RequestScoped
public class Callers {

    private final SecurityIdentity identity;
    private final CallerDirectory directory;
    private final KeyDirectory keys;
    private Optional<Caller> resolved;
    private boolean contentKey;

    public Callers(SecurityIdentity identity, CallerDirectory directory, KeyDirectory keys) {
        this.identity = identity;
        this.directory = directory;
        this.keys = keys;
    }

    /**
     * The caller when a valid token or admin key was sent; empty for anonymous requests and content keys.
     * An invalid token or key is a 401.
     */
    public Optional<Caller> current() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    /** The caller, or 401 when no valid token was sent (403 for a content key, which may only read). */
    public Caller required() {
        Optional<Caller> caller = current();
        if (caller.isEmpty() && contentKey) {
            throw ApiException.forbidden("A content API key reads published content only; writes need a sign-in or an admin key.");
        }
        return caller.orElseThrow(() -> new UnauthorizedException("A bearer token is required."));
    }

    /** Whether the request came with a content API key (checked). */
    public boolean contentKey() {
        current();
        return contentKey;
    }

    private Optional<Caller> resolve() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof ApiKeyPrincipal key) {
            KeyDirectory.Grant grant = keys.use(key)
                    .orElseThrow(() -> new UnauthorizedException("The API key is unknown, revoked or expired."));
            contentKey = grant.contentOnly();
            return grant.caller();
        }
        return Optional.of(load());
    }

    /** The caller when at least of the given role: 401 without a token, 403 below the role. */
    public Caller requireRole(Role role) {
        return required().require(role);
    }

    private Caller load() {
        UUID id;
        try {
            id = UUID.fromString(((JsonWebToken) identity.getPrincipal()).getSubject());
        } catch (RuntimeException e) {
            throw new UnauthorizedException("The token has no valid subject.");
        }
        return directory.find(id).orElseThrow(
                () -> new UnauthorizedException("The account behind this token is unknown or disabled."));
    }
}
