package dev.engblog.cms.subscriber;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.common.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The new-post mail of one post, as the admin sees it: how many mails are queued, sent and failed. */
@Path("/api/v1/newsletter/posts/{postId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Subscribers")
public class NewsletterResource {

    /** Delivery counts of one post's newsletter. */
    public record DeliverySummary(UUID postId, boolean mailed, long queued, long sent, long failed, long skipped) {
    }

    private final EntityManager em;
    private final Callers callers;

    public NewsletterResource(EntityManager em, Callers callers) {
        this.em = em;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getPostNewsletter", summary = "Delivery summary of a post's new-post mail")
    public DeliverySummary summary(@PathParam("postId") String postId) {
        callers.requireRole(Role.ADMIN);
        UUID id = Keys.id(postId);
        Object[] row = (Object[]) em.createNativeQuery("""
                        select exists (select 1 from post_mailing where post_id = :id),
                               count(*) filter (where status = 'QUEUED'), count(*) filter (where status = 'SENT'),
                               count(*) filter (where status = 'FAILED'), count(*) filter (where status = 'SKIPPED')
                          from outbox_mail where post_id = :id""")
                .setParameter("id", id).getSingleResult();
        List<Number> n = List.of((Number) row[1], (Number) row[2], (Number) row[3], (Number) row[4]);
        return new DeliverySummary(id, (Boolean) row[0], n.get(0).longValue(), n.get(1).longValue(), n.get(2).longValue(),
                n.get(3).longValue());
    }
}
