package dev.engblog.cms.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Nothing grows forever: deletes rows that only record the past (expired rate-limit counters,
 * spent tokens, old webhook deliveries and sent mails) once they are older than their retention.
 *
 * <p>Every table's rule is one SQL statement here, in one place, so the purge knows no feature's
 * code. Each batch is its own short transaction that first takes a transaction-level advisory lock:
 * with several instances running, one purges and the others skip the round; and the deletes are
 * idempotent anyway, so a crash between batches loses nothing.
 */
@ApplicationScoped
public class RetentionPurge {

    /** The advisory lock key: "cms-retention" as a number, shared by every instance. */
    static final long LOCK_KEY = 0x636d735f72657465L;
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private final EntityManager em;
    private final RetentionConfig config;

    public RetentionPurge(EntityManager em, RetentionConfig config) {
        this.em = em;
        this.config = config;
    }

    /** One rule: delete at most {@code :batch} rows of a table chosen by its key, older than {@code :cutoff}. */
    private record Rule(String name, String table, String key, String condition, Duration keep) {
        String sql() {
            return "delete from " + table + " where " + key + " in (select " + key + " from " + table + " where " + condition
                    + " limit :batch for update skip locked)";
        }
    }

    private List<Rule> rules() {
        return List.of(
                new Rule("rate-limit counters", "rate_limit", "bucket", "window_start < :cutoff", config.rateLimits()),
                // A used token stays until it expires: presenting it again is how a stolen login is detected.
                new Rule("refresh tokens", "refresh_token", "id", "expires_at < :cutoff or revoked_at < :cutoff",
                        config.refreshTokens()),
                new Rule("confirmation tokens", "subscriber_token", "token_hash",
                        "purpose = 'CONFIRM' and (used_at < :cutoff or expires_at < :cutoff)", config.confirmTokens()),
                new Rule("unsubscribe tokens", "subscriber_token", "token_hash",
                        "purpose = 'UNSUBSCRIBE' and created_at < :cutoff", config.unsubscribeTokens()),
                new Rule("webhook attempts", "webhook_attempt", "id", "attempted_at < :cutoff", config.webhookDeliveries()),
                new Rule("finished webhook deliveries", "webhook_delivery", "id",
                        "status not in ('QUEUED', 'SENDING') and coalesce(delivered_at, created_at) < :cutoff",
                        config.webhookDeliveries()),
                new Rule("finished mails", "outbox_mail", "id",
                        "status not in ('QUEUED', 'SENDING') and coalesce(sent_at, created_at) < :cutoff", config.mails()),
                new Rule("preview links", "preview_link", "id", "expires_at < :cutoff or revoked_at < :cutoff", config.previewLinks()),
                // The audit log is append-only (043): its trigger lets deletes through only where the purge says so.
                new Rule("audit rows", "audit_log", "id", "at < :cutoff", config.audit()));
    }

    @Scheduled(every = "${cms.retention.interval:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        Map<String, Integer> deleted = runOnce();
        if (deleted.values().stream().anyMatch(n -> n > 0)) {
            LOG.infof("Retention purge deleted %s", deleted);
        }
    }

    /**
     * One full pass over every rule, batch by batch; returns the rows deleted per rule. Stops early
     * (deleting nothing more) when another instance holds the purge lock.
     */
    public Map<String, Integer> runOnce() {
        Instant now = Instant.now();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Rule rule : rules()) {
            Instant cutoff = now.minus(rule.keep());
            int total = 0;
            while (true) {
                Integer batch = QuarkusTransaction.requiringNew().call(() -> deleteBatch(rule, cutoff));
                if (batch == null) {
                    deleted.put(rule.name(), total);
                    return deleted; // another instance is purging right now
                }
                total += batch;
                if (batch < config.batchSize()) {
                    break;
                }
            }
            deleted.put(rule.name(), total);
        }
        return deleted;
    }

    /** One short transaction: the lock, then one bounded delete; null when the lock is taken. */
    private Integer deleteBatch(Rule rule, Instant cutoff) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return null;
        }
        if (rule.table().equals("audit_log")) {
            em.createNativeQuery("select set_config('cms.audit_purge', 'on', true)").getSingleResult();
        }
        return em.createNativeQuery(rule.sql())
                .setParameter("cutoff", cutoff)
                .setParameter("batch", config.batchSize())
                .executeUpdate();
    }
}
