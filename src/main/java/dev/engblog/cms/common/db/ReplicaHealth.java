package dev.engblog.cms.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The standby in the readiness report, for operators: whether public reads use it and its lag. Always
 * UP: a missing or lagging standby only sends public reads to the primary, it never makes an instance
 * unready (the primary's check does that).
 */
@Readiness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {

    private final Replica replica;

    public ReplicaHealth(Replica replica) {
        this.replica = replica;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Standby for public reads").up().withData("state", replica.state())
                .withData("inUse", replica.usable());
        if (!Double.isNaN(replica.lagSeconds())) {
            response.withData("lagSeconds", String.valueOf(replica.lagSeconds()));
        }
        return response.build();
    }
}
