package dev.engblog.cms.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long rows that only record the past are kept before the purge deletes them. */
@ConfigMapping(prefix = "cms.retention")
public interface RetentionConfig {

    /** How often the purge runs (read by its @Scheduled annotation). */
    @WithDefault("1h")
    String interval();

    /** Rows one purge transaction deletes at most, so no transaction holds locks for long. */
    @WithDefault("1000")
    int batchSize();

    /** Rate-limit counters are deleted this long after their window started (longer than any window). */
    @WithDefault("P2D")
    Duration rateLimits();

    /** Refresh tokens are deleted this long after they expired or their login was revoked. */
    @WithDefault("P7D")
    Duration refreshTokens();

    /** Newsletter confirmation tokens are deleted this long after they were used or expired. */
    @WithDefault("P7D")
    Duration confirmTokens();

    /** Unsubscribe tokens are deleted this long after the mail that carried them: its links stop working then. */
    @WithDefault("P365D")
    Duration unsubscribeTokens();

    /** Finished webhook deliveries and every delivery attempt are deleted this long after they happened. */
    @WithDefault("P30D")
    Duration webhookDeliveries();

    /** Sent, skipped and failed newsletter mails are deleted this long after they were queued. */
    @WithDefault("P30D")
    Duration mails();

    /** Audit log rows are deleted this long after the write they record. */
    @WithDefault("P365D")
    Duration audit();

    /** Preview links are deleted this long after they expired or were revoked. */
    @WithDefault("P30D")
    Duration previewLinks();
}
