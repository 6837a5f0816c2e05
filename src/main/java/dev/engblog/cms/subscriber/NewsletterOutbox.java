package dev.engblog.cms.subscriber;

import dev.engblog.cms.common.event.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The write side of the transactional outbox: a post that went live gets its mailing record in the
 * transaction that made it live, so the two commit (or roll back) together.
 */
@ApplicationScoped
public class NewsletterOutbox {

    private final OutboxRepository outbox;

    public NewsletterOutbox(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    void on(@Observes ContentChanged change) {
        if (change.event().equals("post.published")) {
            outbox.postBecamePublic(change.id());
        }
    }
}
