package dev.engblog.cms.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.engblog.cms.common.db.PgAdmin;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the production jar while it sends the newsletter, then a second instance: every mail
 * arrives, the one that was in flight at most twice, with the same Message-ID, and its row shows
 * the second attempt.
 */
class NewsletterCrashIT {

    static final String SERVER = System.getenv().getOrDefault("TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432");
    static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("TEST_PG_PASSWORD", "");
    static final int READERS = 5;

    @Test
    void aWorkerKilledMidSendLeavesAtMostOneDuplicateAndItIsMarked() throws Exception {
        String db = "engblog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PgAdmin.createIfMissing(SERVER, USER, PASSWORD, db);
        int smtpPort = freePort();
        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        CountDownLatch inFlight = new CountDownLatch(1);
        MessageDeliveryHandler deliver = relay.getUserManager().getMessageDeliveryHandler();
        relay.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (inFlight.getCount() > 0) {
                inFlight.countDown();
                sleep(3000); // the first mail is being delivered when the instance is killed
            }
            return deliver.handle(message, address);
        });
        Process first = null;
        Process second = null;
        try {
            int port = freePort();
            first = start(db, smtpPort, port, "first");
            awaitReady(port);
            try (Connection c = DriverManager.getConnection(SERVER + "/" + db, USER, PASSWORD)) {
                for (int i = 0; i < READERS; i++) {
                    c.createStatement().executeUpdate("with s as (insert into subscriber (id, email, status, created_at, updated_at) "
                            + "values (gen_random_uuid(), 'reader" + i + "@example.com', 'PENDING', now(), now()) returning id) "
                            + "insert into outbox_mail (id, kind, subscriber_id, status, next_attempt_at, created_at) "
                            + "select gen_random_uuid(), 'CONFIRM', id, 'QUEUED', now(), now() from s");
                }
            }
            assertTrue(inFlight.await(60, TimeUnit.SECONDS), "the first instance starts sending");
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback
            int port2 = freePort();
            second = start(db, smtpPort, port2, "second");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (sentRows(db) < READERS && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(READERS, sentRows(db), "every mail is sent in the end");

            Map<String, List<MimeMessage>> byId = List.of(relay.getReceivedMessages()).stream()
                    .collect(Collectors.groupingBy(unchecked(MimeMessage::getMessageID)));
            assertEquals(READERS, byId.size(), "one Message-ID per mail");
            long duplicates = byId.values().stream().filter(copies -> copies.size() > 1).count();
            assertEquals(1, duplicates, "exactly the mail in flight arrives twice (the relay had it when the sender died)");
            assertTrue(byId.values().stream().allMatch(copies -> copies.size() <= 2));
            try (Connection c = DriverManager.getConnection(SERVER + "/" + db, USER, PASSWORD);
                 ResultSet r = c.createStatement().executeQuery("select count(*) from outbox_mail where attempts = 2")) {
                r.next();
                assertTrue(r.getInt(1) >= 1, "the resent mail's row shows its second attempt");
            }
        } finally {
            if (first != null) {
                first.destroyForcibly();
            }
            if (second != null) {
                second.destroy();
                second.waitFor(20, TimeUnit.SECONDS);
            }
            relay.stop();
            PgAdmin.drop(SERVER, USER, PASSWORD, db);
        }
    }

    static Process start(String db, int smtpPort, int httpPort, String name) throws Exception {
        Path keys = Path.of("src/test/resources/jwt").toAbsolutePath();
        ProcessBuilder jar = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/newsletter-crash-" + name + ".log"));
        Map<String, String> env = jar.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + "/" + db);
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + keys.resolve("public.pem"));
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + keys.resolve("private.pem"));
        env.put("CMS_WEBHOOKS_ENCRYPTION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_MAILER_TLS", "false");
        env.put("QUARKUS_MAILER_TIMEOUT", "10s");
        env.put("CMS_NEWSLETTER_POLL_INTERVAL", "1s");
        env.put("CMS_NEWSLETTER_LEASE", "PT15S");
        return jar.start();
    }

    static void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the instance did not become ready");
    }

    static int sentRows(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "/" + db, USER, PASSWORD);
             ResultSet r = c.createStatement().executeQuery("select count(*) from outbox_mail where status = 'SENT'")) {
            r.next();
            return r.getInt(1);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Checked<T, R> {
        R apply(T t) throws Exception;
    }

    static <T, R> Function<T, R> unchecked(Checked<T, R> f) {
        return t -> {
            try {
                return f.apply(t);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
