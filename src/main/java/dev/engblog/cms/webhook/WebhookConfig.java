package dev.engblog.cms.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

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

    /** Base64 of 32 bytes to encrypt signing secrets with; derived from the JWT signing key when unset. */
    Optional<String> encryptionKey();
}
