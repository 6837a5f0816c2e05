package dev.engblog.cms.apikey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** API key settings (CMS_API_KEYS_*). */
@ConfigMapping(prefix = "cms.api-keys")
public interface ApiKeyConfig {

    /** Requests one key may make per window; 0 turns the per-key limit off. */
    @WithDefault("1200")
    int requestsPerWindow();

    /** The rate-limit window of a key. */
    @WithDefault("PT1M")
    Duration window();
}
