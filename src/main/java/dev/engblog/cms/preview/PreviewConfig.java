package dev.engblog.cms.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long preview links work. */
@ConfigMapping(prefix = "cms.preview")
public interface PreviewConfig {

    /** The lifetime of a link created without {@code expiresAt}. */
    @WithDefault("P7D")
    Duration defaultTtl();

    /** The longest lifetime a link may ask for. */
    @WithDefault("P30D")
    Duration maxTtl();
}
