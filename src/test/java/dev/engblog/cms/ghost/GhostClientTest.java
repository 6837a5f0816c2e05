package dev.engblog.cms.ghost;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Node;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ghost's own client, {@code @tryghost/content-api} 1.12.12 from npm, unchanged, run by Node against the
 * started app (src/test/ghost-client/ghost-client.cjs): browse with include, filter, limit, page and
 * order; read by id and by slug; authors and tags with post counts; settings; Ghost's errors.
 */
@QuarkusTest
class GhostClientTest {

    private static final Path DIR = Path.of("src/test/ghost-client");

    @TestHTTPResource("/")
    URL base;
    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    @Test
    void ghostsContentApiClientReadsThisCms() throws Exception {
        assertTrue(Files.isDirectory(DIR.resolve("node_modules/@tryghost/content-api")),
                "@tryghost/content-api is missing: ./mvnw verify installs it (npm ci in " + DIR + ")");
        db.truncateAll();
        var admin = tokens.as(Role.ADMIN);
        String key = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Ghost client", "kind", "content"))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        var devops = fx.category("devops", "DevOps");
        var k8s = fx.tag("kubernetes", "Kubernetes");
        var docker = fx.tag("docker", "Docker");
        var ada = fx.author("ada", "Ada");
        var bob = fx.author("bob", "Bob");
        Instant now = Instant.now();
        fx.post("Kubernetes only").tagged(k8s).by(ada).publishedAt(now.minus(4, ChronoUnit.DAYS)).save();
        fx.post("Both tags, oldest").tagged(k8s, docker).by(ada).publishedAt(now.minus(3, ChronoUnit.DAYS)).save();
        fx.post("Both tags, middle").tagged(k8s, docker).by(ada).publishedAt(now.minus(2, ChronoUnit.DAYS)).save();
        Post newest = fx.post("Both tags, newest").in(devops).tagged(k8s, docker).by(ada, bob)
                .publishedAt(now.minus(1, ChronoUnit.DAYS)).save();
        fx.post("Draft with both").tagged(k8s, docker).by(ada).status(PostStatus.DRAFT, null).save();

        Node.Run run = Node.run(DIR, "ghost-client.cjs", base.toString().replaceAll("/$", ""), key, newest.id.toString(), newest.slug);
        String output = run.output();
        assertEquals(0, run.exitCode(), "Ghost's client failed:\n" + output);
        assertTrue(output.contains("ghost client ok"), output);
        assertTrue(!output.contains(key), "the script never prints the key");
    }
}
