package dev.engblog.cms.common.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting, for observers that record it (revisions, the audit log): the signed-in caller of the
 * current request, or empty for anonymous requests and for work outside a request (the scheduler).
 * The caller was already resolved by the resource, so this costs no query.
 */
@ApplicationScoped
public class Actors {

    private final Callers callers;

    public Actors(Callers callers) {
        this.callers = callers;
    }

    public Optional<Caller> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        try {
            return callers.current();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public UUID currentUserId() {
        return current().map(Caller::userId).orElse(null);
    }
}
