package dev.engblog.cms.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The optional streaming-replication standby that anonymous public reads may use. */
@ConfigMapping(prefix = "cms.datasource.replica")
public interface ReplicaConfig {

    /** JDBC URL of the standby (CMS_DATASOURCE_REPLICA_JDBC_URL); unset: every read goes to the primary. */
    Optional<String> jdbcUrl();

    /** Public reads fall back to the primary while the standby is further behind than this. */
    @WithDefault("PT5S")
    Duration maxLag();

    /** How often the standby's lag is measured (read by the @Scheduled probe). */
    @WithDefault("1s")
    String probeInterval();
}
