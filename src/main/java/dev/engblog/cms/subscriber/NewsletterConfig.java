package dev.engblog.cms.subscriber;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Newsletter settings (SMTP itself is configured with the QUARKUS_MAILER_* variables). */
@ConfigMapping(prefix = "cms.newsletter")
public interface NewsletterConfig {

    /** Public base URL of this API, for the one-click unsubscribe link in mail headers. */
    @WithDefault("http://localhost:8080")
    String apiUrl();

    /** Frontend page that confirms a subscription; {token} is replaced. */
    @WithDefault("/newsletter/confirm?token={token}")
    String confirmPath();

    /** Frontend page that unsubscribes; {token} is replaced. */
    @WithDefault("/newsletter/unsubscribe?token={token}")
    String unsubscribePath();

    /** How often the outbox worker runs (read by its @Scheduled annotation). */
    @WithDefault("10s")
    String pollInterval();

    /** How long a confirmation link works. */
    @WithDefault("PT48H")
    Duration confirmTtl();

    /** Mails one worker run sends at most. */
    @WithDefault("50")
    int batchSize();

    /** Sending attempts before a mail is marked FAILED; waits double from retry-base between them. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the first retry of a failed mail; it doubles with each further attempt. */
    @WithDefault("PT1M")
    Duration retryBase();

    /**
     * How long a claimed batch belongs to its worker. A worker that dies mid-send leaves its mails to
     * be sent again once this runs out; it must exceed the time a batch takes to send.
     */
    @WithDefault("PT10M")
    Duration lease();

    /** Sign-ups accepted per client address per hour. */
    @WithDefault("10")
    int subscribesPerAddressPerHour();

    /** Confirmation mails sent to one address per day (more sign-ups are answered alike, but mail nothing). */
    @WithDefault("3")
    int confirmationsPerAddressPerDay();
}
