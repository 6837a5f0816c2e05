package dev.engblog.cms.webhook;

import dev.engblog.cms.common.api.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook outbox: queued deliveries, their claims and leases, and the attempt log. Caller's transaction. */
@ApplicationScoped
public class DeliveryRepository {

    private final EntityManager em;

    public DeliveryRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues the payload for every active webhook subscribed to the event or its family. Stamped with
     * the statement's clock, not the transaction's, so the events of one change go out in order.
     */
    void enqueue(String event, String family, String payload) {
        em.createNativeQuery("""
                        insert into webhook_delivery (id, webhook_id, event, payload, status, next_attempt_at, created_at)
                        select gen_random_uuid(), w.id, :event, :payload, 'QUEUED', clock_timestamp(), clock_timestamp()
                          from webhook w where w.active and (:event = any(w.events) or :family = any(w.events))""")
                .setParameter("event", event).setParameter("family", family).setParameter("payload", payload)
                .executeUpdate();
    }

    /** A claimed delivery with its webhook's target and encrypted secret. */
    record Claimed(UUID id, String event, String payload, int attempts, Instant leaseUntil, UUID webhookId, String url,
                   String secretEncrypted) {
    }

    /**
     * Claims up to {@code n} due deliveries (queued and due, or SENDING with a lease that ran out):
     * SENDING, a new lease, attempts + 1. Rows whose lease ran out after the last allowed try are FAILED.
     */
    List<Claimed> claim(int n, Duration lease, int maxAttempts) {
        em.createNativeQuery("""
                        update webhook_delivery set status = 'FAILED', lease_until = null,
                               last_error = 'the worker sending it stopped ' || attempts || ' times'
                         where status = 'SENDING' and lease_until < now() and attempts >= :max""")
                .setParameter("max", maxAttempts).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id
                             where w.active and ((d.status = 'QUEUED' and d.next_attempt_at <= now())
                                                 or (d.status = 'SENDING' and d.lease_until < now()))
                             order by d.next_attempt_at, d.id limit :n
                               for update of d skip locked),
                        claimed as (
                            update webhook_delivery d set status = 'SENDING', attempts = d.attempts + 1,
                                   lease_until = now() + make_interval(secs => :lease)
                              from due where d.id = due.id
                            returning d.id, d.event, d.payload, d.attempts, d.lease_until, d.webhook_id, d.next_attempt_at)
                        select c.id, c.event, c.payload, c.attempts, c.lease_until, w.id, w.url, w.secret_encrypted
                          from claimed c join webhook w on w.id = c.webhook_id
                         order by c.next_attempt_at, c.id""")
                .setParameter("n", n).setParameter("lease", (double) lease.toMillis() / 1000).getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                SortKey.toInstant(r[4]), (UUID) r[5], (String) r[6], (String) r[7])).toList();
    }

    void recordAttempt(UUID delivery, Integer code, int millis, String error) {
        em.createNativeQuery("""
                        insert into webhook_attempt (id, delivery_id, attempted_at, response_code, duration_ms, error)
                        values (gen_random_uuid(), :delivery, now(), :code, :millis, :error)""")
                .setParameter("delivery", delivery).setParameter("code", code).setParameter("millis", millis)
                .setParameter("error", cut(error)).executeUpdate();
    }

    /** The outcome of a try: SUCCEEDED, FAILED, or QUEUED again after {@code waitSeconds}. */
    void finish(UUID delivery, String status, int attempts, long waitSeconds, String error) {
        em.createNativeQuery("""
                        update webhook_delivery set status = :status, attempts = :attempts, lease_until = null, last_error = :error,
                               delivered_at = case when :status = 'SUCCEEDED' then now() end,
                               next_attempt_at = now() + make_interval(secs => :wait)
                         where id = :id""")
                .setParameter("status", status).setParameter("attempts", attempts).setParameter("wait", (double) waitSeconds)
                .setParameter("error", cut(error)).setParameter("id", delivery).executeUpdate();
    }

    /** Hands claimed deliveries back untried. */
    void release(List<UUID> ids) {
        em.createNativeQuery("""
                        update webhook_delivery set status = 'QUEUED', lease_until = null, attempts = attempts - 1
                         where id in (:ids) and status = 'SENDING'""")
                .setParameter("ids", ids).executeUpdate();
    }

    void deactivate(UUID webhook) {
        em.createNativeQuery("update webhook set active = false, updated_at = now() where id = :id").setParameter("id", webhook)
                .executeUpdate();
    }

    private static String cut(String text) {
        return text == null ? null : text.substring(0, Math.min(500, text.length()));
    }
}
