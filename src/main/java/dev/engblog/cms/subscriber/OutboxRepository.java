package dev.engblog.cms.subscriber;

import dev.engblog.cms.common.api.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The newsletter outbox tables: post_mailing (a post that went public, written with the change that
 * made it public) and outbox_mail (one mail each, at most once per post and subscriber). Every method
 * runs in the caller's transaction.
 */
@ApplicationScoped
public class OutboxRepository {

    private final EntityManager em;

    public OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A post became public: mail it to matching subscribers, once however often it is published
     * again. If its mailing was cancelled (it went down before the mails left), it starts again.
     */
    void postBecamePublic(UUID postId) {
        em.createNativeQuery("""
                        insert into post_mailing (post_id, created_at) values (:post, now())
                        on conflict (post_id) do update set expanded_at = null
                         where exists (select 1 from outbox_mail m where m.post_id = excluded.post_id and m.status = 'CANCELLED')""")
                .setParameter("post", postId).executeUpdate();
    }

    void queueConfirmation(UUID subscriberId) {
        em.createNativeQuery("""
                        insert into outbox_mail (id, kind, subscriber_id, status, next_attempt_at, created_at)
                        values (:id, 'CONFIRM', :subscriber, 'QUEUED', now(), now())""")
                .setParameter("id", UUID.randomUUID()).setParameter("subscriber", subscriberId).executeUpdate();
    }

    /** Turns up to 20 new mailings into queued mails; a cancelled mail of the post is queued again. */
    void expandMailings() {
        @SuppressWarnings("unchecked")
        List<UUID> posts = em.createNativeQuery("""
                select post_id from post_mailing where expanded_at is null order by created_at limit 20 for update skip locked""")
                .getResultList();
        for (UUID post : posts) {
            em.createNativeQuery("""
                            insert into outbox_mail (id, kind, subscriber_id, post_id, status, next_attempt_at, created_at)
                            select gen_random_uuid(), 'NEW_POST', s.id, p.id, 'QUEUED', now(), now()
                              from subscriber s join post p on p.id = :post
                             where s.status = 'ACTIVE'
                               and (not exists (select 1 from subscriber_topic t where t.subscriber_id = s.id)
                                    or exists (select 1 from subscriber_topic t where t.subscriber_id = s.id and t.category_id = p.category_id))
                            on conflict (post_id, subscriber_id) where kind = 'NEW_POST' do update
                               set status = 'QUEUED', attempts = 0, next_attempt_at = now(), last_error = null
                             where outbox_mail.status = 'CANCELLED'""")
                    .setParameter("post", post).executeUpdate();
            em.createNativeQuery("update post_mailing set expanded_at = now() where post_id = :post").setParameter("post", post)
                    .executeUpdate();
        }
    }

    /** A claimed mail with what it needs: its subscriber, and for new-post mails the post as it is now. */
    record Claimed(UUID id, String kind, int attempts, Instant leaseUntil, UUID subscriberId, String email, String name,
                   SubscriberStatus status, UUID postId, String postTitle, String postExcerpt, String postSlug, boolean postPublic) {

        boolean stillWanted() {
            return kind.equals("CONFIRM") ? status == SubscriberStatus.PENDING : status == SubscriberStatus.ACTIVE;
        }
    }

    /**
     * Claims up to {@code n} due mails (queued and due, or SENDING with a lease that ran out): SENDING,
     * a new lease, attempts + 1. Rows whose lease ran out after the last allowed attempt are FAILED.
     */
    List<Claimed> claim(int n, Duration lease, int maxAttempts) {
        em.createNativeQuery("""
                        update outbox_mail set status = 'FAILED', lease_until = null,
                               last_error = 'the worker sending it stopped ' || attempts || ' times'
                         where status = 'SENDING' and lease_until < now() and attempts >= :max""")
                .setParameter("max", maxAttempts).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select id from outbox_mail
                             where (status = 'QUEUED' and next_attempt_at <= now()) or (status = 'SENDING' and lease_until < now())
                             order by next_attempt_at, id limit :n for update skip locked),
                        claimed as (
                            update outbox_mail m set status = 'SENDING', attempts = m.attempts + 1,
                                   lease_until = now() + make_interval(secs => :lease)
                              from due where m.id = due.id
                            returning m.id, m.kind, m.attempts, m.lease_until, m.subscriber_id, m.post_id, m.next_attempt_at)
                        select c.id, c.kind, c.attempts, c.lease_until, s.id, s.email, s.name, s.status,
                               p.id, p.title, p.excerpt, p.slug,
                               coalesce(p.status in ('PUBLISHED', 'SCHEDULED') and p.published_at <= now(), false)
                          from claimed c join subscriber s on s.id = c.subscriber_id left join post p on p.id = c.post_id
                         order by c.next_attempt_at, c.id""")
                .setParameter("n", n).setParameter("lease", (double) lease.toMillis() / 1000).getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), SortKey.toInstant(r[3]),
                (UUID) r[4], (String) r[5], (String) r[6], SubscriberStatus.valueOf((String) r[7]), (UUID) r[8], (String) r[9],
                (String) r[10], (String) r[11], (Boolean) r[12])).toList();
    }

    /** The post is no longer public: none of its mails leave until it is published again. */
    void cancelPost(UUID postId) {
        em.createNativeQuery("""
                        update outbox_mail set status = 'CANCELLED', lease_until = null, last_error = 'the post is no longer public'
                         where post_id = :post and status in ('QUEUED', 'SENDING')""")
                .setParameter("post", postId).executeUpdate();
    }

    void finish(UUID id, String status, String reason) {
        em.createNativeQuery("""
                        update outbox_mail set status = :status, lease_until = null, last_error = :reason,
                               sent_at = case when :status = 'SENT' then now() end
                         where id = :id""")
                .setParameter("status", status).setParameter("reason", reason).setParameter("id", id).executeUpdate();
    }

    /** A failed send: queued again after a doubling wait, or FAILED after the last attempt or a permanent refusal. */
    void retryOrFail(UUID id, int attempts, int maxAttempts, boolean permanent, Duration retryBase, String error) {
        String message = error == null ? "unknown error" : error.substring(0, Math.min(500, error.length()));
        em.createNativeQuery("""
                        update outbox_mail set last_error = :error, lease_until = null,
                               status = case when :fail then 'FAILED' else 'QUEUED' end,
                               next_attempt_at = now() + make_interval(secs => :wait)
                         where id = :id and status = 'SENDING'""")
                .setParameter("error", message).setParameter("fail", permanent || attempts >= maxAttempts)
                .setParameter("wait", (double) retryBase.toMillis() / 1000 * (1L << Math.min(attempts - 1, 10)))
                .setParameter("id", id).executeUpdate();
    }

    /** Hands claimed mails back unsent (not counted as an attempt). */
    void release(List<UUID> ids) {
        em.createNativeQuery("""
                        update outbox_mail set status = 'QUEUED', lease_until = null, attempts = attempts - 1
                         where id in (:ids) and status = 'SENDING'""")
                .setParameter("ids", ids).executeUpdate();
    }

    /** Delivery counts of one post's new-post mail. */
    NewsletterResource.DeliverySummary summary(UUID postId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select exists (select 1 from post_mailing where post_id = :id),
                               count(*) filter (where status in ('QUEUED', 'SENDING')), count(*) filter (where status = 'SENT'),
                               count(*) filter (where status = 'FAILED'), count(*) filter (where status = 'SKIPPED'),
                               count(*) filter (where status = 'CANCELLED')
                          from outbox_mail where post_id = :id""")
                .setParameter("id", postId).getSingleResult();
        return new NewsletterResource.DeliverySummary(postId, (Boolean) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue());
    }
}
