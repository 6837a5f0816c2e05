package dev.engblog.cms.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook delivery settings. */
@ConfigMapping(prefix = "cms.webhooks")
public interface WebhookConfig {

    /** Allow targets on loopback, private, link-local and metadata addresses (tests and closed networks only). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long a receiver has to answer. */
    @WithDefault("PT5S")
    Duration timeout();

    /** Tries before a delivery is marked FAILED. */
    @WithDefault("6")
    int maxAttempts();

    /** Wait before the first retry; it doubles with each further try. */
    @WithDefault("PT30S")
    Duration retryBase();

    /** How often the delivery worker runs. */
    @WithDefault("5s")
    String pollInterval();

    /** Ports below 1024 other than 80 and 443 that targets may use (none by default). */
    @WithDefault("80,443")
    Set<Integer> extraPorts();

    /**
     * How long a claimed delivery belongs to its worker; a worker that dies mid-send leaves it to be
     * sent again once this runs out. Must exceed a batch's worst case (20 × 2 × timeout).
     */
    @WithDefault("PT5M")
    Duration lease();

    /** Base64 of 32 bytes that encrypts signing secrets; required in production (CMS_WEBHOOKS_ENCRYPTION_KEY). */
    Optional<String> encryptionKey();

    /** Earlier encryption keys, still read (never written) so a key can rotate (CMS_WEBHOOKS_OLD_ENCRYPTION_KEYS). */
    Optional<List<String>> oldEncryptionKeys();
}
