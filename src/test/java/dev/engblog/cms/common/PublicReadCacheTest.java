package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anonymous reads of posts, categories, tags and authors are answered from memory while the database's
 * content version is unchanged: one statement instead of the page query, the mapping and the JSON. Any
 * change the public could see makes the next read fresh, whoever wrote it and however.
 */
@QuarkusTest
class PublicReadCacheTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;
    @Inject
    PostService posts;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
    }

    @Test
    void theSameAnonymousReadAgainCostsOneStatementAndGivesTheSameBytes() {
        Tag k8s = fx.tag("k8s", "Kubernetes");
        Post post = fx.post("Cached").tagged(k8s).save();
        for (String url : new String[] {"/api/v1/posts?size=5", "/api/v1/posts/" + post.id, "/api/v1/posts/slug/" + post.slug,
                "/api/v1/tags", "/api/v1/tags/slug/k8s", "/api/v1/posts?tag=k8s&q=cached"}) {
            Response first = given().get(url);
            first.then().statusCode(200);
            long statements = db.statementsDuring(() -> {
                Response again = given().get(url);
                again.then().statusCode(200).contentType("application/json").header("ETag", first.header("ETag"))
                        .header("Cache-Control", first.header("Cache-Control"));
                assertEquals(first.asString(), again.asString(), url);
            });
            assertEquals(1, statements, url + ": only the content version is read");
            given().header("If-None-Match", first.header("ETag")).get(url).then().statusCode(304).header("ETag", first.header("ETag"));
        }
    }

    @Test
    void aWriteThroughTheApiIsInTheNextRead() {
        Post post = fx.post("Before").save();
        given().get("/api/v1/posts?size=5").then().body("data[0].title", equalTo("Before"));
        given().get("/api/v1/posts/slug/" + post.slug).then().body("title", equalTo("Before"));

        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).contentType("application/merge-patch+json")
                .body(Map.of("title", "After")).patch("/api/v1/posts/" + post.id).then().statusCode(200);

        given().get("/api/v1/posts?size=5").then().body("data[0].title", equalTo("After"));
        given().get("/api/v1/posts/slug/" + post.slug).then().body("title", equalTo("After"));
    }

    @Test
    void aWriteByAnyoneElseOnTheDatabaseIsInTheNextRead() {
        Tag k8s = fx.tag("k8s", "Kubernetes");
        fx.post("One").tagged(k8s).save();
        given().get("/api/v1/tags/slug/k8s").then().body("name", equalTo("Kubernetes")).body("postCount", equalTo(1));

        db.execute("update tag set name = 'K8s' where slug = 'k8s'");
        given().get("/api/v1/tags/slug/k8s").then().body("name", equalTo("K8s"));
        given().get("/api/v1/posts?size=5").then().body("data[0].tags[0].name", equalTo("K8s"));

        db.execute("update post set status = 'DRAFT'");
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(0));
        given().get("/api/v1/tags/slug/k8s").then().statusCode(404); // a tag only drafts carry is not public
    }

    @Test
    void aScheduledPostIsInTheFirstReadAfterItsTimeWithoutAnyWrite() throws InterruptedException {
        fx.post("Old").save();
        Instant soon = Instant.now().plusMillis(1500);
        fx.post("Scheduled").status(PostStatus.SCHEDULED, soon).save();
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(1));
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(1));

        while (Instant.now().isBefore(soon.plusMillis(200))) {
            Thread.sleep(100);
        }
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(2)).body("data[0].title", equalTo("Scheduled"));
    }

    @Test
    void theSchedulersPollWithNothingDueKeepsWhatIsCached() {
        fx.post("Public").save();
        posts.publishDue();
        Object version = db.scalar("select content_version()");
        given().get("/api/v1/posts?size=5").then().statusCode(200);

        assertEquals(0, posts.publishDue());
        assertEquals(version, db.scalar("select content_version()"), "no write, no new version");
        assertEquals(1, db.statementsDuring(() -> given().get("/api/v1/posts?size=5").then().statusCode(200)));
    }

    @Test
    void staffReadsAreNeverAnsweredFromTheCache() {
        fx.post("Public").save();
        fx.post("Draft").status(PostStatus.DRAFT, null).save();
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(1));
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(1));

        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).get("/api/v1/posts?size=5").then().statusCode(200)
                .header("Cache-Control", "private, no-cache").body("data", hasSize(2));
        given().get("/api/v1/posts?size=5").then().body("data", hasSize(1));
    }
}
