package dev.engblog.cms.common.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where a read runs. Anonymous GETs (no Authorization header) read from the standby while one is
 * configured and current ({@link Replica}); everything else, staff reads included, reads the primary,
 * so whoever writes sees the write at once, from any instance. Only read paths ask: the listing engine,
 * a post or a taxonomy by id or slug, the feeds.
 */
@ApplicationScoped
public class Reads {

    private final EntityManager primary;
    private final Replica replica;
    private final ReplicaSession session;
    private final Counter onReplica;
    private final Counter onPrimary;

    public Reads(EntityManager primary, Replica replica, ReplicaSession session, MeterRegistry metrics) {
        this.primary = primary;
        this.replica = replica;
        this.session = session;
        String description = "Anonymous requests whose reads went to the standby, or to the primary as fallback";
        this.onReplica = Counter.builder("cms.db.public.reads").tag("target", "replica").description(description).register(metrics);
        this.onPrimary = Counter.builder("cms.db.public.reads").tag("target", "primary").description(description).register(metrics);
    }

    /**
     * Marks anonymous GET and HEAD requests: their reads may go to the standby. Runs before any other
     * filter of ours, so the response cache reads its content version where the request's data comes from.
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void route(ContainerRequestContext request) {
        if (replica.configured() && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            session.mayUseStandby();
        }
    }

    /** The EntityManager for this request's reads: a session on the standby, or the primary's. */
    public EntityManager em() {
        if (!replica.configured() || !Arc.container().requestContext().isActive() || !session.standbyAllowed()) {
            return primary;
        }
        if (!session.decided()) {
            (session.decide(replica) ? onReplica : onPrimary).increment();
        }
        EntityManager standby = session.em();
        return standby == null ? primary : standby;
    }
}
