package dev.engblog.cms.audit;

import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.security.Callers;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when and from where: one append-only row per write (ADMIN).")
public class AuditResource {

    private final AuditService service;
    private final Callers callers;

    public AuditResource(AuditService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listAudit", summary = "List audit rows, newest first, filtered by actor, action, target and time")
    public Page<AuditEntry> list(@Context UriInfo uri) {
        return service.list(callers.required(), uri.getQueryParameters(), uri);
    }
}
