package dev.engblog.cms.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Dev mode with no datasource configured: use the local PostgreSQL server, creating the dev database
 * on first start, so {@code ./mvnw quarkus:dev} needs no setup. Other profiles are left alone.
 */
public class DevDatabase implements ConfigSourceFactory {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432";
    static final String DATABASE = "engblog_dev";
    static final String USER = "postgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (!context.getProfiles().contains("dev") || (url != null && url.getValue() != null)) {
            return List.of();
        }
        PgAdmin.createIfMissing(SERVER, USER, "", DATABASE);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", SERVER + "/" + DATABASE,
                "quarkus.datasource.username", USER), "dev-database", 150));
    }
}
