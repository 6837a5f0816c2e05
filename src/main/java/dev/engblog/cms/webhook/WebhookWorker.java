package dev.engblog.cms.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries: claimed with FOR UPDATE SKIP LOCKED (safe with several instances), POSTed
 * with CMS-Event, CMS-Delivery and CMS-Signature: t=unix seconds,v1=hex HMAC-SHA256(secret, t + "." +
 * body). A 2xx succeeds; 410 Gone deactivates the webhook; anything else (or a timeout) is retried
 * with doubling waits up to the configured number of tries. Every attempt is logged.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    static final int BATCH = 20;

    private final EntityManager em;
    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final HttpClient http;

    public WebhookWorker(EntityManager em, WebhookSecrets secrets, WebhookConfig config) {
        this.em = em;
        this.secrets = secrets;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${cms.webhooks.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        runOnce();
    }

    /** One batch; returns how many deliveries were attempted. */
    @Transactional
    public int runOnce() {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        select d.id, d.event, d.payload, d.attempts, w.id, w.url, w.secret_encrypted
                          from webhook_delivery d join webhook w on w.id = d.webhook_id
                         where d.status = 'QUEUED' and d.next_attempt_at <= now() and w.active
                         order by d.next_attempt_at, d.id limit :n
                           for update of d skip locked""")
                .setParameter("n", BATCH).getResultList();
        for (Object[] row : claimed) {
            deliver((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue() + 1, (UUID) row[4],
                    (String) row[5], secrets.decrypt((String) row[6]));
        }
        return claimed.size();
    }

    private void deliver(UUID delivery, String event, String body, int attempt, UUID webhook, String url, String secret) {
        long start = System.nanoTime();
        Integer code = null;
        String error = TargetGuard.refusal(url, config.allowPrivateTargets());
        if (error == null) {
            try {
                long t = Instant.now().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "engblog-cms-webhooks")
                        .header("CMS-Event", event)
                        .header("CMS-Delivery", delivery.toString())
                        .header("CMS-Signature", "t=" + t + ",v1=" + sign(secret, t + "." + body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
                code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        int millis = (int) ((System.nanoTime() - start) / 1_000_000);
        em.createNativeQuery("""
                        insert into webhook_attempt (id, delivery_id, attempted_at, response_code, duration_ms, error)
                        values (gen_random_uuid(), :delivery, now(), :code, :millis, :error)""")
                .setParameter("delivery", delivery).setParameter("code", code).setParameter("millis", millis)
                .setParameter("error", error == null ? null : error.substring(0, Math.min(500, error.length()))).executeUpdate();
        String status;
        if (code != null && code >= 200 && code < 300) {
            status = "SUCCEEDED";
        } else if (code != null && code == 410) {
            status = "FAILED";
            em.createNativeQuery("update webhook set active = false, updated_at = now() where id = :id").setParameter("id", webhook)
                    .executeUpdate();
            LOG.infof("Webhook %s answered 410 Gone and was deactivated", webhook);
        } else {
            status = attempt >= config.maxAttempts() ? "FAILED" : "QUEUED";
        }
        long waitSeconds = config.retryBase().toSeconds() << Math.min(attempt - 1, 16);
        em.createNativeQuery("""
                        update webhook_delivery set status = :status, attempts = :attempt,
                               delivered_at = case when :status = 'SUCCEEDED' then now() end,
                               next_attempt_at = now() + make_interval(secs => :wait)
                         where id = :id""")
                .setParameter("status", status).setParameter("attempt", attempt).setParameter("wait", (double) waitSeconds)
                .setParameter("id", delivery).executeUpdate();
    }

    /** Hex HMAC-SHA256 of the text: what CMS-Signature's v1 carries over {@code t + "." + body}. */
    public static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
