package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.engblog.cms.common.db.PgAdmin;
import dev.engblog.cms.testsupport.TcpProxy;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production jar while its database goes away and comes back (a relay in front of the local
 * PostgreSQL is cut, as a restart would, and restored): readiness turns 503 while liveness stays 200,
 * reads and writes answer 503 problem+json with Retry-After (never a 500, never a request left
 * hanging), and the same process serves again once the database is back. A standby is configured
 * that is not one (the primary itself, past the relay): public reads stay on the primary and say why.
 */
class DatabaseRestartIT {

    static final String HOST = "127.0.0.1";
    static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_PG_PORT", "5432"));
    static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("TEST_PG_PASSWORD", "");
    static final String ADMIN = "restart@example.com";
    static final String ADMIN_PASSWORD = "Restart-Admin-Secret-7";
    /** Longer than any answer may take; a request still open then is the hang this test exists to catch. */
    static final Duration HANG = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsAwayAndRecoversWithoutARestart() throws Exception {
        String server = "jdbc:postgresql://" + HOST + ":" + PG_PORT;
        String db = "engblog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PgAdmin.createIfMissing(server, USER, PASSWORD, db);
        Process app = null;
        try (TcpProxy database = new TcpProxy(HOST, PG_PORT)) {
            port = freePort();
            app = start("jdbc:postgresql://" + HOST + ":" + database.port() + "/" + db, server + "/" + db, port);
            awaitReady(app);
            String token = token();
            assertEquals(201, post(token, "Before the restart").statusCode());
            assertEquals(200, get("/api/v1/posts").statusCode());
            awaitBody("/q/health/ready", "not a standby");
            assertEquals(200, get("/api/v1/posts").statusCode());
            String metrics = get("/q/metrics").body();
            assertTrue(metrics.contains("cms_db_replica_in_use 0"), "the standby is not used");
            assertTrue(Pattern.compile("cms_db_public_reads_total\\{target=\"primary\"[^}]*} [1-9]").matcher(metrics).find(),
                    "anonymous reads counted on the primary: " + metrics.lines().filter(l -> l.startsWith("cms_db")).toList());

            database.cut();
            awaitStatus("/q/health/ready", 503);
            assertEquals(200, get("/q/health/live").statusCode(), "liveness does not depend on the database");
            List<HttpResponse<String>> answers = new ArrayList<>();
            answers.add(get("/api/v1/posts"));
            answers.add(get("/api/v1/categories"));
            answers.add(post(token, "During the restart"));
            for (HttpResponse<String> answer : answers) {
                String what = answer.request().method() + " " + answer.request().uri().getPath();
                assertEquals(503, answer.statusCode(), what + ": " + answer.body());
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), what);
                assertTrue(answer.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"), what + " carries Retry-After");
                assertTrue(answer.body().contains("\"status\":503"), what + ": " + answer.body());
                assertTrue(answer.body().contains("service-unavailable"), what + ": " + answer.body());
                assertTrue(!answer.body().contains("Exception"), what + " tells nothing internal: " + answer.body());
            }

            database.restore();
            awaitStatus("/api/v1/posts", 200);
            assertEquals(200, get("/q/health/ready").statusCode());
            assertEquals(201, post(token, "After the restart").statusCode(), "writes work again in the same process");
            HttpResponse<String> list = get("/api/v1/posts?sort=title");
            assertTrue(list.body().contains("After the restart") && list.body().contains("Before the restart"), list.body());
            assertTrue(!list.body().contains("During the restart"), "the refused write left nothing behind");
            assertTrue(app.isAlive(), "the instance was never restarted");
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(20, TimeUnit.SECONDS);
            }
            PgAdmin.drop(server, USER, PASSWORD, db);
        }
    }

    private Process start(String jdbcUrl, String replicaUrl, int httpPort) throws Exception {
        Path keys = Path.of("src/test/resources/jwt").toAbsolutePath();
        ProcessBuilder jar = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/database-restart.log"));
        Map<String, String> env = jar.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        env.put("CMS_DATASOURCE_REPLICA_JDBC_URL", replicaUrl);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + keys.resolve("public.pem"));
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + keys.resolve("private.pem"));
        env.put("CMS_WEBHOOKS_ENCRYPTION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        env.put("CMS_BOOTSTRAP_ADMIN_EMAIL", ADMIN);
        env.put("CMS_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("CMS_LOG_JSON", "false");
        return jar.start();
    }

    private String token() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}")));
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    private HttpResponse<String> post(String token, String title) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/posts")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"status\":\"PUBLISHED\"}")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Every request is bounded: one still unanswered after {@link #HANG} fails the test as a hang. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest r = request.timeout(HANG).build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return fail(r.method() + " " + r.uri() + " hung for " + HANG.toSeconds() + " s");
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls until the status shows (a 500 on the way fails at once: the outage must never look like a bug). */
    private void awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int last = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(path);
            last = r.statusCode();
            if (last == status) {
                return;
            }
            assertTrue(last != 500, path + " answered 500: " + r.body());
            Thread.sleep(250);
        }
        fail(path + " never answered " + status + " (last " + last + ")");
    }

    private void awaitBody(String path, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = get(path).body();
            if (last.contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        fail(path + " never said '" + text + "': " + last);
    }

    private void awaitReady(Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the instance stopped; see target/database-restart.log");
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        fail("the instance did not get ready; see target/database-restart.log");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
