package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.db.PgAdmin;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The production jar refuses to start, with a message naming the variable, when a required secret is missing. */
class StartupChecksIT {

    @Test
    void productionWithoutAWebhookEncryptionKeyStopsWithAClearMessage() throws Exception {
        String server = System.getenv().getOrDefault("TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432");
        String user = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_PG_PASSWORD", "");
        String db = "engblog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PgAdmin.createIfMissing(server, user, password, db);
        Path keys = Path.of("src/test/resources/jwt").toAbsolutePath();
        try {
            ProcessBuilder jar = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", "target/quarkus-app/quarkus-run.jar"))
                    .redirectErrorStream(true)
                    .redirectOutput(File.createTempFile("startup", ".log"));
            jar.environment().put("QUARKUS_DATASOURCE_JDBC_URL", server + "/" + db);
            jar.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
            jar.environment().put("QUARKUS_DATASOURCE_PASSWORD", password);
            jar.environment().put("QUARKUS_HTTP_PORT", "0");
            jar.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + keys.resolve("public.pem"));
            jar.environment().put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + keys.resolve("private.pem"));
            jar.environment().remove("CMS_WEBHOOKS_ENCRYPTION_KEY");
            File log = jar.redirectOutput().file();
            Process process = jar.start();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the service stops instead of running without the key");
            assertNotEquals(0, process.exitValue());
            String output = java.nio.file.Files.readString(log.toPath());
            assertTrue(output.contains("CMS_WEBHOOKS_ENCRYPTION_KEY is not set"), output);
        } finally {
            PgAdmin.drop(server, user, password, db);
        }
    }
}
