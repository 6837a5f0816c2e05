package dev.engblog.cms.subscriber;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.security.Callers;
import dev.engblog.cms.common.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    public record DeliverySummary(UUID postId, boolean mailed, long queued, long sent, long failed, long skipped, long cancelled) {
    }

    private final OutboxRepository outbox;
    private final Callers callers;

    public NewsletterResource(OutboxRepository outbox, Callers callers) {
        this.outbox = outbox;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getPostNewsletter", summary = "Delivery summary of a post's new-post mail")
    public DeliverySummary summary(@PathParam("postId") String postId) {
        callers.requireRole(Role.ADMIN);
        return outbox.summary(Keys.id(postId));
    }
}
