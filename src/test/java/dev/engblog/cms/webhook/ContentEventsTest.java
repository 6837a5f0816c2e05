package dev.engblog.cms.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which events a change announces (Ghost's model), and that what is not public stays out of sight. */
@QuarkusTest
class ContentEventsTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    WebhookWorker worker;
    @Inject
    PostService posts;

    WebhookTest.Receiver receiver;
    String editor;

    @BeforeEach
    void start() throws IOException {
        db.truncateAll();
        editor = tokens.as(Role.EDITOR).bearer();
        receiver = new WebhookTest.Receiver();
        given().header("Authorization", tokens.as(Role.ADMIN).bearer()).contentType("application/json")
                .body(Map.of("name", "All", "url", receiver.url(), "events", List.of("post.*", "tag.*")))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    @AfterEach
    void stop() {
        receiver.server.stop(0);
    }

    List<String> events() {
        while (worker.runOnce() > 0) {
            // drain
        }
        return receiver.received.stream().map(r -> r.header("CMS-Event")).toList();
    }

    /** The events about these posts only (nothing another test left running can disturb them). */
    List<String> eventsOf(String... postIds) {
        events();
        List<String> ids = List.of(postIds);
        return receiver.received.stream().filter(r -> ids.stream().anyMatch(id -> r.body().contains("\"id\":\"" + id + "\"")))
                .map(r -> r.header("CMS-Event")).toList();
    }

    String create(Map<String, Object> body) {
        return given().header("Authorization", editor).contentType("application/json").body(body).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aScheduledPostGoingLiveIsAnnouncedOnceWhoeverGetsThereFirst() {
        String at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String scheduled = create(Map.of("title", "Later", "status", "SCHEDULED", "publishedAt", at));
        String futureDated = create(Map.of("title", "Also later", "status", "PUBLISHED", "publishedAt", at));
        assertEquals(List.of("post.added", "post.scheduled", "post.added", "post.scheduled"), eventsOf(scheduled, futureDated));
        assertEquals(0, posts.publishDue(), "not due yet by the database's clock");

        db.execute("update post set published_at = now() - interval '1 second'");
        List<CompletableFuture<Integer>> instances = List.of(CompletableFuture.supplyAsync(posts::publishDue),
                CompletableFuture.supplyAsync(posts::publishDue), CompletableFuture.supplyAsync(posts::publishDue));
        assertEquals(2, instances.stream().mapToInt(CompletableFuture::join).sum(), "three schedulers, each post announced once");
        assertEquals(0, posts.publishDue());

        List<String> events = eventsOf(scheduled, futureDated);
        assertEquals(List.of("post.published", "post.published"), events.subList(4, events.size()));
        assertEquals(2L, ((Number) db.scalar("select count(*) from post_mailing where post_id in ('" + scheduled + "', '"
                + futureDated + "')")).longValue(), "and each is mailed to subscribers once");
    }

    @Test
    void editsOfPublicAndDraftPostsAreTold() {
        String id = create(Map.of("title", "Draft first"));
        patch(id, Map.of("title", "Draft second"));
        patch(id, Map.of("status", "PUBLISHED"));
        patch(id, Map.of("title", "Public edit"));
        patch(id, Map.of("status", "DRAFT"));
        given().header("Authorization", editor).delete("/api/v1/posts/" + id).then().statusCode(204);
        assertEquals(List.of("post.added", "post.updated", "post.updated", "post.published", "post.updated", "post.published.edited",
                "post.updated", "post.unpublished", "post.deleted"), events());
    }

    void patch(String id, Map<String, Object> body) {
        given().header("Authorization", editor).contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/posts/" + id).then().statusCode(200);
    }

    @Test
    void aTagNamedWhileWritingAPostIsAnnouncedAsCreated() {
        create(Map.of("title", "Tagged", "tags", List.of("Brand new tag")));
        assertEquals(List.of("tag.created", "post.added"), events());
    }

    @Test
    void tagsOnlyDraftsCarryStayOutOfPublicListsAndTheSitemap() {
        create(Map.of("title", "Secret plan", "tags", List.of("acquisition-of-acme")));
        create(Map.of("title", "Out now", "status", "PUBLISHED", "tags", List.of("kubernetes")));
        given().header("Authorization", editor).contentType("application/json").body(Map.of("name", "Empty on purpose"))
                .post("/api/v1/tags").then().statusCode(201);

        given().get("/api/v1/tags").then().statusCode(200)
                .body("data.slug", equalTo(List.of("empty-on-purpose", "kubernetes")));
        given().get("/api/v1/tags/slug/acquisition-of-acme").then().statusCode(404);
        given().header("Authorization", editor).get("/api/v1/tags").then().body("data.slug", hasItem("acquisition-of-acme"));
        given().get("/api/v1/sitemap.xml").then().statusCode(200).body(not(containsString("acquisition-of-acme")))
                .body(containsString("kubernetes"));
    }

    @Test
    void aTakenSlugDoesNotGiveAwayADraftTheCallerCannotSee() {
        create(Map.of("title", "Unannounced", "slug", "big-launch"));
        String author = tokens.as(Role.AUTHOR).bearer();
        given().header("Authorization", author).contentType("application/json").body(Map.of("title", "Mine", "slug", "big-launch"))
                .post("/api/v1/posts").then().statusCode(409).body("detail", equalTo("This slug is not available; choose another."));
        given().header("Authorization", editor).contentType("application/json").body(Map.of("title", "Mine", "slug", "big-launch"))
                .post("/api/v1/posts").then().statusCode(409).body("detail", containsString("taken by another post"));
    }
}
