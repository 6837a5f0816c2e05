package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.testsupport.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production jar (what bin/cms and the Docker image run, without the launcher's JVM settings):
 * java -jar target/quarkus-app/quarkus-run.jar on a fresh empty database, configured only with the
 * documented settings (passed to the process here as system properties, the equivalent of the
 * environment variables). It migrates, creates the bootstrap admin, and serves. TwoInstancesIT
 * starts bin/cms itself.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ProductionJarIT.Environment.class, restrictToAnnotatedClass = true)
class ProductionJarIT {

    /** A database of its own, the key files, and the bootstrap admin. */
    public static class Environment extends TestDatabase {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            Path keys = Path.of("src/test/resources/jwt").toAbsolutePath();
            config.put("mp.jwt.verify.publickey.location", "file:" + keys.resolve("public.pem"));
            config.put("smallrye.jwt.sign.key.location", "file:" + keys.resolve("private.pem"));
            config.put("cms.webhooks.encryption-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
            config.put("cms.bootstrap.admin-email", "first@example.com");
            config.put("cms.bootstrap.admin-password", "Production-Jar-Secret-1");
            return config;
        }
    }

    @Test
    void servesOnAFreshDatabaseAndLetsTheBootstrapAdminWork() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String token = given().contentType("application/json")
                .body(Map.of("email", "first@example.com", "password", "Production-Jar-Secret-1"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", "Bearer " + token).contentType("application/json").body(Map.of("name", "Releases"))
                .post("/api/v1/categories").then().statusCode(201);
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("title", "From the production jar", "category", "releases", "status", "PUBLISHED"))
                .post("/api/v1/posts").then().statusCode(201);
        given().get("/api/v1/posts?category=releases").then().statusCode(200).body("meta.totalItems", equalTo(1))
                .header("ETag", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Only the production main class (CmsMain) hands Quarkus' URI check to the app; without it this is an empty 400. */
    @Test
    void answersUnparsableRequestUrisWithProblemJson() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/posts?page=% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":400"), answer);
        }
    }
}
