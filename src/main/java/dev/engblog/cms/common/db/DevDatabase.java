package dev.engblog.cms.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Dev mode with no datasource configured needs no setup: it uses the PostgreSQL server on
 * 127.0.0.1:5432 when one answers, and otherwise starts an embedded one (data kept under
 * target/). Either way it creates the dev database on first start. Other profiles are left alone.
 * {@code CMS_DEV_EMBEDDED_POSTGRES=always} forces the embedded server.
 */
public class DevDatabase implements ConfigSourceFactory {

    static final String LOCAL_HOST = "127.0.0.1";
    static final int LOCAL_PORT = 5432;
    static final String DATABASE = "engblog_dev";
    static final String USER = "postgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (!context.getProfiles().contains("dev") || (url != null && url.getValue() != null)) {
            return List.of();
        }
        boolean forceEmbedded = "always".equals(System.getenv("CMS_DEV_EMBEDDED_POSTGRES"));
        int port = !forceEmbedded && answers(LOCAL_HOST, LOCAL_PORT) ? LOCAL_PORT : EmbeddedDevServer.start();
        String server = "jdbc:postgresql://" + LOCAL_HOST + ":" + port;
        PgAdmin.createIfMissing(server, USER, "", DATABASE);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", server + "/" + DATABASE,
                "quarkus.datasource.username", USER), "dev-database", 150));
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
