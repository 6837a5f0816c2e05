package dev.engblog.cms.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries in three steps: claim a batch in one short transaction (SENDING with a
 * lease, attempts + 1), POST each with no transaction and no pooled connection held, record each
 * outcome in its own short transaction. Requests carry CMS-Event, CMS-Delivery (the idempotency key:
 * a delivery whose worker died mid-send goes out again after its lease) and CMS-Signature: t=unix
 * seconds,v1=hex HMAC-SHA256(secret, t + "." + body). A 2xx succeeds; 410 Gone deactivates the
 * webhook; anything else (or a timeout) is retried with doubling waits up to the configured number of
 * tries. A row that cannot be sent at all (undecryptable secret) fails with its reason at once.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final PinnedHttp http;

    public WebhookWorker(DeliveryRepository deliveries, WebhookSecrets secrets, WebhookConfig config, PinnedHttp http) {
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.config = config;
        this.http = http;
    }

    @Scheduled(every = "${cms.webhooks.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        runOnce();
    }

    /** One batch; returns how many deliveries were attempted. */
    public int runOnce() {
        List<Outgoing> batch = claim();
        for (int i = 0; i < batch.size(); i++) {
            Outgoing d = batch.get(i);
            if (Instant.now().plus(config.timeout().multipliedBy(2)).isAfter(d.leaseUntil())) {
                release(batch.subList(i, batch.size()).stream().map(Outgoing::id).toList());
                return i;
            }
            long start = System.nanoTime();
            Result result = send(d);
            record(d, result, (int) ((System.nanoTime() - start) / 1_000_000));
        }
        return batch.size();
    }

    /** A claimed delivery with its secret in clear: only in memory, only while it is sent. */
    record Outgoing(UUID id, String event, String payload, int attempt, Instant leaseUntil, UUID webhookId, String url, String secret) {
    }

    record Result(Integer code, String error) {
    }

    @Transactional
    List<Outgoing> claim() {
        List<Outgoing> out = new ArrayList<>();
        for (DeliveryRepository.Claimed c : deliveries.claim(BATCH, config.lease(), config.maxAttempts())) {
            String secret;
            try {
                secret = secrets.decrypt(c.secretEncrypted());
            } catch (RuntimeException e) {
                deliveries.recordAttempt(c.id(), null, 0, e.getMessage());
                deliveries.finish(c.id(), "FAILED", c.attempts(), 0, e.getMessage());
                continue;
            }
            out.add(new Outgoing(c.id(), c.event(), c.payload(), c.attempts(), c.leaseUntil(), c.webhookId(), c.url(), secret));
        }
        return out;
    }

    private Result send(Outgoing d) {
        TargetGuard.Vetted target = TargetGuard.vet(d.url(), config.allowPrivateTargets(), config.extraPorts());
        if (target.refusal() != null) {
            return new Result(null, target.refusal());
        }
        long t = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "engblog-cms-webhooks");
        headers.put("CMS-Event", d.event());
        headers.put("CMS-Delivery", d.id().toString());
        headers.put("CMS-Signature", "t=" + t + ",v1=" + sign(d.secret(), t + "." + d.payload()));
        try {
            return new Result(http.post(target, headers, d.payload(), config.timeout()), null);
        } catch (IOException | RuntimeException e) {
            return new Result(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    @Transactional
    void record(Outgoing d, Result result, int millis) {
        deliveries.recordAttempt(d.id(), result.code(), millis, result.error());
        String status;
        Integer code = result.code();
        if (code != null && code >= 200 && code < 300) {
            status = "SUCCEEDED";
        } else if (code != null && code == 410) {
            status = "FAILED";
            deliveries.deactivate(d.webhookId());
            LOG.infof("Webhook %s answered 410 Gone and was deactivated", d.webhookId());
        } else {
            status = d.attempt() >= config.maxAttempts() ? "FAILED" : "QUEUED";
        }
        long waitSeconds = config.retryBase().toSeconds() << Math.min(d.attempt() - 1, 16);
        deliveries.finish(d.id(), status, d.attempt(), waitSeconds, result.error() != null ? result.error() : code == null ? null : "HTTP " + code);
    }

    @Transactional
    void release(List<UUID> ids) {
        deliveries.release(ids);
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
