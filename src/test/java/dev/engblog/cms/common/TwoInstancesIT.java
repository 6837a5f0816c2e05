package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.testsupport.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: the production jar Quarkus starts, and a second one started with the
 * shipped launcher (bin/cms). Each keeps list totals and whole public answers in its own memory, yet a
 * write through either is in the very next read of the other, totals included: both are keyed by the
 * database's content version.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = TwoInstancesIT.Environment.class, restrictToAnnotatedClass = true)
class TwoInstancesIT {

    /** A database of its own, the key files, and the bootstrap admin; remembered for the second instance. */
    public static class Environment extends TestDatabase {
        static volatile Map<String, String> config;

        @Override
        public Map<String, String> start() {
            Map<String, String> c = new HashMap<>(super.start());
            Path keys = Path.of("src/test/resources/jwt").toAbsolutePath();
            c.put("mp.jwt.verify.publickey.location", "file:" + keys.resolve("public.pem"));
            c.put("smallrye.jwt.sign.key.location", "file:" + keys.resolve("private.pem"));
            c.put("cms.webhooks.encryption-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
            c.put("cms.bootstrap.admin-email", "first@example.com");
            c.put("cms.bootstrap.admin-password", "Two-Instances-Secret-1");
            config = Map.copyOf(c);
            return c;
        }
    }

    @Test
    void aWriteThroughOneInstanceIsInTheNextReadOfTheOther() throws Exception {
        Process second = null;
        Path work = Files.createTempDirectory("second-instance");
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Map<String, String> c = Environment.config;
            ProcessBuilder builder = new ProcessBuilder(Path.of("bin/cms").toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("CMS_AOT_CACHE", work.resolve("app.aot").toString());
            env.put("QUARKUS_DATASOURCE_JDBC_URL", c.get("quarkus.datasource.jdbc.url"));
            env.put("QUARKUS_DATASOURCE_USERNAME", c.get("quarkus.datasource.username"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", c.get("quarkus.datasource.password"));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", c.get("mp.jwt.verify.publickey.location"));
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", c.get("smallrye.jwt.sign.key.location"));
            env.put("CMS_WEBHOOKS_ENCRYPTION_KEY", c.get("cms.webhooks.encryption-key"));
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("CMS_LOG_JSON", "false");
            second = builder.start();
            int b = port;
            waitUntilReady(second, b, work);

            String token = given().contentType("application/json")
                    .body(Map.of("email", "first@example.com", "password", "Two-Instances-Secret-1"))
                    .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
            given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "Ops"))
                    .post("/api/v1/categories").then().statusCode(201);
            for (int i = 0; i < 3; i++) {
                create(given(), token, "Through the first " + i);
            }
            List<String> urls = List.of("/api/v1/posts?size=1", "/api/v1/posts?size=1&category=ops&tag=k8s");
            expectTotals(TwoInstancesIT::given, urls, 3);
            expectTotals(() -> other(b), urls, 3);

            double servedFromCache = cacheHits(given());
            expectTotals(TwoInstancesIT::given, urls, 3);
            assertEquals(servedFromCache + urls.size(), cacheHits(given()), "the same reads again come from the response cache");

            String id = create(other(b), token, "Through the second");
            expectTotals(TwoInstancesIT::given, urls, 4);
            expectTotals(() -> other(b), urls, 4);
            assertEquals("Through the second", given().get("/api/v1/posts?size=1").jsonPath().getString("data[0].title"));
            given().get("/api/v1/posts/" + id).then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo("Through the second"));
            other(b).auth().oauth2(token).contentType("application/merge-patch+json").body(Map.of("title", "Renamed on the second"))
                    .patch("/api/v1/posts/" + id).then().statusCode(200);
            given().get("/api/v1/posts/" + id).then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo("Renamed on the second"));
            assertEquals("Renamed on the second", given().get("/api/v1/posts?size=1").jsonPath().getString("data[0].title"));

            given().auth().oauth2(token).contentType("application/merge-patch+json").body(Map.of("status", "DRAFT"))
                    .patch("/api/v1/posts/" + id).then().statusCode(200);
            expectTotals(() -> other(b), urls, 3);
            expectTotals(TwoInstancesIT::given, urls, 3);
        } finally {
            if (second != null) {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** Public reads this instance answered from its response cache so far (its Prometheus counter). */
    private static double cacheHits(RequestSpecification instance) {
        for (String line : instance.get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
            if (line.startsWith("cms_public_cache_total{") && line.contains("result=\"hit\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static RequestSpecification other(int port) {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    private static String create(RequestSpecification instance, String token, String title) {
        return instance.auth().oauth2(token).contentType("application/json")
                .body(Map.of("title", title, "category", "ops", "tags", List.of("k8s"), "status", "PUBLISHED"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    /** A fresh request each time: REST Assured keeps the query of a request in its specification. */
    private static void expectTotals(Supplier<RequestSpecification> instance, List<String> urls, int total) {
        for (String url : urls) {
            var response = instance.get().get(url);
            assertEquals(200, response.statusCode(), url + ": " + response.body().asString());
            assertEquals(total, response.jsonPath().getInt("meta.totalItems"), url);
        }
    }

    private static void waitUntilReady(Process process, int port, Path work) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the second instance stopped: " + Files.readString(work.resolve("server.log")));
            }
            try {
                if (other(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet (REST Assured throws the ConnectException unchecked)
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the second instance did not get ready: " + Files.readString(work.resolve("server.log")));
    }
}
