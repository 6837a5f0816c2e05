package dev.engblog.cms.revision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How post revisions are kept. */
@ConfigMapping(prefix = "cms.revisions")
public interface RevisionConfig {

    /** The newest revisions kept per post (every published version is kept besides). */
    @WithDefault("50")
    int keep();

    /**
     * Consecutive writes by the same user within this time, with the status unchanged, update one revision
     * instead of adding one (autosave); PT0S makes every write a revision.
     */
    @WithDefault("PT10M")
    Duration collapseWindow();
}
