package dev.engblog.cms.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The write side of the transactional outbox: rows written in the caller's transaction, so a
 * publish and its "mail this post" record commit (or roll back) together.
 */
@ApplicationScoped
public class NewsletterOutbox {

    private final EntityManager em;

    public NewsletterOutbox(EntityManager em) {
        this.em = em;
    }

    /** A post became public: mail it to matching subscribers, once, however often it is published again. */
    public void postBecamePublic(UUID postId) {
        em.createNativeQuery("insert into post_mailing (post_id, created_at) values (:post, now()) on conflict do nothing")
                .setParameter("post", postId).executeUpdate();
    }

    void queueConfirmation(UUID subscriberId) {
        em.createNativeQuery("""
                        insert into outbox_mail (id, kind, subscriber_id, status, next_attempt_at, created_at)
                        values (:id, 'CONFIRM', :subscriber, 'QUEUED', now(), now())""")
                .setParameter("id", UUID.randomUUID()).setParameter("subscriber", subscriberId).executeUpdate();
    }
}
