package dev.engblog.cms.redirect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedirectTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Staff editor;
    Staff admin;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        editor = tokens.as(Role.EDITOR);
        admin = tokens.as(Role.ADMIN);
    }

    Response send(Staff who, String method, String url, Object body) {
        var req = given().header("Authorization", who.bearer());
        if (body != null) {
            req = req.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json").body(body);
        }
        return req.request(method, url);
    }

    static Response anonymous(String url) {
        return given().redirects().follow(false).get(url);
    }

    @Test
    void aRenamedPublishedPostRedirectsAndAChainCollapses() {
        String id = send(editor, "POST", "/api/v1/posts", Map.of("title", "A", "slug", "first", "status", "PUBLISHED")).path("id");
        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("slug", "second")).then().statusCode(200);
        anonymous("/api/v1/posts/slug/first").then().statusCode(301)
                .header("Location", endsWith("/api/v1/posts/slug/second"))
                .contentType("application/json")
                .body("kind", equalTo("post")).body("from", equalTo("first")).body("to", equalTo("second"))
                .body("location", equalTo("/api/v1/posts/slug/second"));

        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("slug", "third")).then().statusCode(200);
        anonymous("/api/v1/posts/slug/first").then().statusCode(301).header("Location", endsWith("/api/v1/posts/slug/third"));
        anonymous("/api/v1/posts/slug/second").then().statusCode(301).header("Location", endsWith("/api/v1/posts/slug/third"));
        given().get("/api/v1/posts/slug/first").then().statusCode(200).body("slug", equalTo("third"));
        anonymous("/api/v1/posts/slug/third").then().statusCode(200);

        given().get("/api/v1/redirects").then().statusCode(200)
                .body("data.from", containsInAnyOrder("first", "second"))
                .body("data.to", contains("third", "third"))
                .body("meta.totalItems", equalTo(2));
        given().get("/api/v1/redirects?kind=category").then().statusCode(200).body("data", empty());
        given().get("/api/v1/redirects?kind=page").then().statusCode(400).body("errors[0].field", equalTo("kind"));

        // Feeds and the sitemap link the current slug only.
        given().get("/api/v1/sitemap.xml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/posts/third"))
                .body(not(org.hamcrest.Matchers.containsString("/posts/first")));
    }

    @Test
    void aNewPostTakingARetiredSlugStopsTheRedirect() {
        String id = send(editor, "POST", "/api/v1/posts", Map.of("title", "Old", "slug", "taken", "status", "PUBLISHED")).path("id");
        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("slug", "moved")).then().statusCode(200);
        anonymous("/api/v1/posts/slug/taken").then().statusCode(301);

        send(editor, "POST", "/api/v1/posts", Map.of("title", "New", "slug", "taken", "status", "PUBLISHED")).then().statusCode(201);
        anonymous("/api/v1/posts/slug/taken").then().statusCode(200).body("title", equalTo("New"));
        given().get("/api/v1/redirects").then().body("data", empty());
    }

    @Test
    void draftsLeaveNoRedirectsAndDeletedPostsForgetTheirs() {
        String draft = send(editor, "POST", "/api/v1/posts", Map.of("title", "Draft", "slug", "draft-one")).path("id");
        send(editor, "PATCH", "/api/v1/posts/" + draft, Map.of("slug", "draft-two")).then().statusCode(200);
        anonymous("/api/v1/posts/slug/draft-one").then().statusCode(404);

        String id = send(editor, "POST", "/api/v1/posts", Map.of("title", "Gone", "slug", "gone-1", "status", "PUBLISHED")).path("id");
        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("slug", "gone-2")).then().statusCode(200);
        // Unpublished: its old slug no longer leads anywhere public.
        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("status", "DRAFT")).then().statusCode(200);
        anonymous("/api/v1/posts/slug/gone-1").then().statusCode(404);
        given().get("/api/v1/redirects").then().body("data", empty());
        send(editor, "DELETE", "/api/v1/posts/" + id, null).then().statusCode(204);
        org.junit.jupiter.api.Assertions.assertEquals(0L, ((Number) db.scalar("select count(*) from slug_redirect")).longValue());
    }

    @Test
    void categoriesTagsAndAuthorsRedirectToo() {
        String category = send(editor, "POST", "/api/v1/categories", Map.of("name", "Ops")).path("id");
        send(editor, "PATCH", "/api/v1/categories/" + category, Map.of("slug", "operations")).then().statusCode(200);
        anonymous("/api/v1/categories/slug/ops").then().statusCode(301)
                .header("Location", endsWith("/api/v1/categories/slug/operations")).body("kind", equalTo("category"));

        String tag = send(editor, "POST", "/api/v1/tags", Map.of("name", "K8s")).path("id");
        send(editor, "POST", "/api/v1/posts", Map.of("title", "Tagged", "tags", java.util.List.of("k8s"), "status", "PUBLISHED"))
                .then().statusCode(201);
        send(editor, "PATCH", "/api/v1/tags/" + tag, Map.of("slug", "kubernetes")).then().statusCode(200);
        anonymous("/api/v1/tags/slug/k8s").then().statusCode(301).header("Location", endsWith("/api/v1/tags/slug/kubernetes"));

        String author = send(admin, "POST", "/api/v1/authors", Map.of("name", "Kim Lee")).path("id");
        send(admin, "PATCH", "/api/v1/authors/" + author, Map.of("slug", "kim")).then().statusCode(200);
        anonymous("/api/v1/authors/slug/kim-lee").then().statusCode(301).header("Location", endsWith("/api/v1/authors/slug/kim"));

        given().get("/api/v1/redirects?kind=tag").then().body("data.from", contains("k8s"));
        given().get("/api/v1/redirects").then().body("data.kind", hasItem("author")).body("meta.totalItems", equalTo(3));
        anonymous("/api/v1/categories/slug/never-was").then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).redirects().follow(false).get("/api/v1/tags/slug/a%00b").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
