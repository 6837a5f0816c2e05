package dev.engblog.cms.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the request's bearer token into a {@link Caller}. The token proves who is calling; the role,
 * the author link and whether the account is disabled come from the database, so a demotion or a
 * disabled account takes effect at once, not when the token expires.
 */
@RequestScoped
public class Callers {

    private final SecurityIdentity identity;
    private final CallerDirectory directory;
    private Optional<Caller> resolved;

    public Callers(SecurityIdentity identity, CallerDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /** The caller when a valid token was sent; empty for anonymous requests. An invalid token is a 401. */
    public Optional<Caller> current() {
        if (resolved == null) {
            resolved = identity.isAnonymous() ? Optional.empty() : Optional.of(load());
        }
        return resolved;
    }

    /** The caller, or 401 when no valid token was sent. */
    public Caller required() {
        return current().orElseThrow(() -> new UnauthorizedException("A bearer token is required."));
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
