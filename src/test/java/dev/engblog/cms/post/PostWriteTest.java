package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostWriteTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Staff editor;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        editor = tokens.as(Role.EDITOR);
        fx.category("devops", "DevOps");
        fx.tag("kubernetes", "Kubernetes");
        fx.author("kehem-team", "KEHEM Team");
    }

    static Response send(Staff who, String method, String url, Object body) {
        var req = given().header("Authorization", who.bearer());
        if (body != null) {
            req = req.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json").body(body);
        }
        return req.request(method, url);
    }

    static Map<String, Object> post(String title, Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", title);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void createsPostAndReturnsLocation() {
        String body = "## Why\n\nWe run **everything** on kubernetes.\n\n```yaml\nkind: Pod\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.com";
        Response created = send(editor, "POST", "/api/v1/posts", post("Shipping Kubernetes Safely", "bodyMarkdown", body,
                "category", "devops", "tags", List.of("kubernetes"), "authors", List.of("kehem-team"), "icon", "☸️"));
        created.then().statusCode(201)
                .contentType("application/json")
                .header("Location", matchesPattern(".*/api/v1/posts/[0-9a-f-]{36}"))
                .header("ETag", matchesPattern("W/\"v0-[0-9a-f]+\""))
                .body("slug", equalTo("shipping-kubernetes-safely"))
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", equalTo(null))
                .body("bodyHtml", containsString("<code class=\"language-yaml\">"))
                .body("bodyHtml", containsString("<table>"))
                .body("bodyHtml", containsString("<del>old</del>"))
                .body("bodyHtml", containsString("href=\"https://example.com\""))
                .body("wordCount", greaterThan(5))
                .body("readingTimeMinutes", equalTo(1))
                .body("excerpt", startsWithText("Why We run everything on kubernetes."))
                .body("category.slug", equalTo("devops"))
                .body("tags.slug", contains("kubernetes"))
                .body("authors.slug", contains("kehem-team"));
        given().header("Authorization", editor.bearer()).get(created.header("Location")).then().statusCode(200)
                .body("title", equalTo("Shipping Kubernetes Safely"));
        given().get(created.header("Location")).then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    @Test
    void makesUniqueAsciiSlugsAndRefusesATakenOne() {
        send(editor, "POST", "/api/v1/posts", post("Ракеты и 火箭: Scaling!")).then().statusCode(201)
                .body("slug", matchesPattern("[a-z0-9-]+")).body("slug", startsWithText("rakety-i-huo-jian-scaling"));
        send(editor, "POST", "/api/v1/posts", post("Same Title")).then().body("slug", equalTo("same-title"));
        send(editor, "POST", "/api/v1/posts", post("Same Title")).then().body("slug", equalTo("same-title-2"));
        send(editor, "POST", "/api/v1/posts", post("Other", "slug", "same-title")).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("slug"));
        send(editor, "POST", "/api/v1/posts", post("🚀🚀")).then().statusCode(201).body("slug", equalTo("post"));
    }

    @Test
    void concurrentPostsWithTheSameTitleGetDifferentSlugs() {
        List<CompletableFuture<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(CompletableFuture.supplyAsync(() -> send(editor, "POST", "/api/v1/posts", post("Same Moment")).statusCode()));
        }
        assertEquals(List.of(201, 201, 201, 201, 201, 201), creates.stream().map(CompletableFuture::join).toList());
        given().header("Authorization", editor.bearer()).get("/api/v1/posts?size=10").then().body("meta.totalItems", equalTo(6));
    }

    @Test
    void publishesNowUnlessGivenAndSchedulesIntoTheFuture() {
        String id = send(editor, "POST", "/api/v1/posts", post("Go live", "status", "PUBLISHED")).then().statusCode(201)
                .body("publishedAt", notNullValue()).extract().path("id");
        given().get("/api/v1/posts/" + id).then().statusCode(200);

        String later = send(editor, "POST", "/api/v1/posts", post("Later", "status", "SCHEDULED", "publishedAt", "2099-01-01T09:00:00Z"))
                .then().statusCode(201).body("publishedAt", equalTo("2099-01-01T09:00:00Z")).extract().path("id");
        given().get("/api/v1/posts/" + later).then().statusCode(404);

        send(editor, "POST", "/api/v1/posts", post("No time", "status", "SCHEDULED")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void contributorsWriteDraftsOnly() {
        Staff contributor = tokens.as(Role.CONTRIBUTOR);
        String id = send(contributor, "POST", "/api/v1/posts", post("My draft")).then().statusCode(201)
                .body("authors.id", contains(contributor.authorId().toString())).extract().path("id");
        send(contributor, "PATCH", "/api/v1/posts/" + id, Map.of("title", "My better draft")).then().statusCode(200)
                .body("title", equalTo("My better draft"));
        send(contributor, "PATCH", "/api/v1/posts/" + id, Map.of("status", "PUBLISHED")).then().statusCode(403)
                .contentType("application/problem+json");
        send(contributor, "POST", "/api/v1/posts", post("Sneaky", "status", "SCHEDULED", "publishedAt", "2020-01-01T00:00:00Z"))
                .then().statusCode(403);
        send(contributor, "POST", "/api/v1/posts", post("New tag", "tags", List.of("brand-new-tag"))).then().statusCode(400)
                .body("errors[0].field", equalTo("tags[0]"));
        given().get("/api/v1/posts?q=sneaky").then().body("data", empty());

        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("status", "PUBLISHED")).then().statusCode(200);
        send(contributor, "PATCH", "/api/v1/posts/" + id, Map.of("title", "Changed after publishing")).then().statusCode(403);
        send(contributor, "DELETE", "/api/v1/posts/" + id, null).then().statusCode(403);
        given().get("/api/v1/posts/" + id).then().body("title", equalTo("My better draft"));
    }

    @Test
    void authorsPublishTheirOwnAndNeverSeeOthersDrafts() {
        Staff ann = tokens.as(Role.AUTHOR);
        Staff bob = tokens.as(Role.AUTHOR);
        String annDraft = send(ann, "POST", "/api/v1/posts", post("Ann's secret draft", "tags", List.of("Brand New Tag")))
                .then().statusCode(201).body("tags.slug", contains("brand-new-tag")).extract().path("id");
        String annSlug = given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + annDraft).path("slug");

        given().header("Authorization", bob.bearer()).get("/api/v1/posts/" + annDraft).then().statusCode(404);
        given().header("Authorization", bob.bearer()).get("/api/v1/posts/slug/" + annSlug).then().statusCode(404);
        given().header("Authorization", bob.bearer()).get("/api/v1/posts?status=DRAFT").then().statusCode(200).body("data", empty());
        send(bob, "PATCH", "/api/v1/posts/" + annDraft, Map.of("title", "Hijacked")).then().statusCode(404);
        send(bob, "DELETE", "/api/v1/posts/" + annDraft, null).then().statusCode(404);
        given().header("Authorization", ann.bearer()).get("/api/v1/posts?status=DRAFT").then().body("data.id", contains(annDraft));
        given().header("Authorization", editor.bearer()).get("/api/v1/posts?status=DRAFT").then().body("data.id", contains(annDraft));

        send(ann, "PATCH", "/api/v1/posts/" + annDraft, Map.of("status", "PUBLISHED")).then().statusCode(200);
        given().get("/api/v1/posts/" + annDraft).then().statusCode(200);
        send(bob, "PATCH", "/api/v1/posts/" + annDraft, Map.of("title", "Hijacked")).then().statusCode(403);
        send(bob, "POST", "/api/v1/posts", post("Not mine", "authors", List.of("kehem-team"))).then().statusCode(400)
                .body("errors[0].field", equalTo("authors"));
    }

    @Test
    void refusesUnknownAndReadOnlyPropertiesAndKeepsTheRow() {
        String id = send(editor, "POST", "/api/v1/posts", post("Original")).then().statusCode(201).extract().path("id");
        String before = given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + id).asString();
        for (String field : List.of("id", "version", "createdAt", "updatedAt", "wordCount", "readingTimeMinutes", "bodyHtml", "role", "colour")) {
            send(editor, "PUT", "/api/v1/posts/" + id, post("Changed", field, field.equals("version") ? 99 : "x"))
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
            send(editor, "PATCH", "/api/v1/posts/" + id, Map.of(field, "x")).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        send(editor, "POST", "/api/v1/posts", post("Bad", "id", "7f1e5a52-3f7e-4a8e-9d6b-6a1d3f0e2c11")).then().statusCode(400);
        assertEquals(before, given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + id).asString());
    }

    @Test
    void validatesFieldsNamingThem() {
        send(editor, "POST", "/api/v1/posts", Map.of("bodyMarkdown", "no title")).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        send(editor, "POST", "/api/v1/posts", post("x", "coverImageUrl", "javascript:alert(1)")).then().statusCode(400)
                .body("errors[0].field", equalTo("coverImageUrl"));
        send(editor, "POST", "/api/v1/posts", post("x", "seo", Map.of("canonicalUrl", "ftp://x"))).then().statusCode(400)
                .body("errors[0].field", equalTo("seo.canonicalUrl"));
        send(editor, "POST", "/api/v1/posts", post("x", "status", "LIVE")).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        send(editor, "POST", "/api/v1/posts", post("x", "publishedAt", "tomorrow")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
        send(editor, "POST", "/api/v1/posts", post("x", "category", "no-such")).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        send(editor, "POST", "/api/v1/posts", post("x", "authors", List.of("kehem-team", "kehem-team"))).then().statusCode(400)
                .body("errors[0].field", equalTo("authors[1]"));
        send(editor, "POST", "/api/v1/posts", post("x".repeat(301))).then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().header("Authorization", editor.bearer()).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/posts")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", editor.bearer()).contentType(ContentType.TEXT).body("title=x").post("/api/v1/posts")
                .then().statusCode(415).contentType("application/problem+json");
        String deep = "{\"title\":\"x\",\"seo\":" + "[".repeat(100) + "]".repeat(100) + "}";
        given().header("Authorization", editor.bearer()).contentType(ContentType.JSON).body(deep).post("/api/v1/posts")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/posts").then().body("meta.totalItems", equalTo(0));
    }

    @Test
    void refusesBodiesOverOneMegabyteAndKeepsAnswering() {
        given().header("Authorization", editor.bearer()).contentType(ContentType.JSON)
                .body("{\"title\":\"big\",\"bodyMarkdown\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/api/v1/posts").then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        given().get("/api/v1/posts").then().statusCode(200);
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        String id = send(editor, "POST", "/api/v1/posts", post("Patch me", "excerpt", "Hand-written", "tags", List.of("kubernetes"),
                "category", "devops")).then().extract().path("id");
        send(editor, "PATCH", "/api/v1/posts/" + id, Map.of("title", "Patched")).then().statusCode(200)
                .body("title", equalTo("Patched")).body("tags.slug", contains("kubernetes")).body("category.slug", equalTo("devops"))
                .body("excerpt", equalTo("Hand-written")).body("version", equalTo(1));
        send(editor, "PATCH", "/api/v1/posts/" + id, "{\"category\": null, \"excerpt\": null}").then().statusCode(200)
                .body("category", equalTo(null)).body("excerpt", equalTo(""));
        given().header("Authorization", editor.bearer()).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .patch("/api/v1/posts/" + id).then().statusCode(415);
    }

    @Test
    void ifMatchRefusesStaleWritesAndChangesNothing() {
        Response created = send(editor, "POST", "/api/v1/posts", post("Versioned"));
        String id = created.path("id");
        String etag = created.header("ETag");
        String next = given().header("Authorization", editor.bearer()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("title", "Second")).patch("/api/v1/posts/" + id).then().statusCode(200).body("version", equalTo(1))
                .extract().header("ETag");
        given().header("Authorization", editor.bearer()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("title", "Lost update")).patch("/api/v1/posts/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        given().header("Authorization", editor.bearer()).header("If-Match", etag).delete("/api/v1/posts/" + id).then().statusCode(412);
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + id).then().body("title", equalTo("Second"));
        given().header("Authorization", editor.bearer()).header("If-Match", next).delete("/api/v1/posts/" + id).then().statusCode(204);
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + id).then().statusCode(404);
    }

    @Test
    void exactlyOneOfTwoConcurrentWritesWithTheSameIfMatchWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Response created = send(editor, "POST", "/api/v1/posts", post("Race " + round, "bodyMarkdown", "word ".repeat(20_000)));
            String id = created.path("id");
            String etag = created.header("ETag");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> writes = new ArrayList<>();
            for (String title : List.of("Writer A", "Writer B")) {
                writes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return given().header("Authorization", editor.bearer()).header("If-Match", etag)
                            .contentType(ContentType.JSON).body(post(title, "bodyMarkdown", "word ".repeat(20_000)))
                            .put("/api/v1/posts/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = writes.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 412), statuses);
            given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + id).then().body("version", equalTo(1));
        }
    }

    @Test
    void neverStoresExecutableHtml() {
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;avascript:alert(1))",
                "[click](java\tscript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"  javascript:alert(1)\">x</a>",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[x](data:text/html,<script>alert(1)</script>)",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<form action=\"https://evil.example\"><input name=x></form>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\">x</p>",
                "<object data=\"x.swf\"></object>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<body onload=alert(1)>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<details open ontoggle=alert(1)>",
                "<style>*{display:none}</style>");
        for (String payload : payloads) {
            String html = send(editor, "POST", "/api/v1/posts", post("XSS", "bodyMarkdown", "Before\n\n" + payload + "\n\nAfter"))
                    .then().statusCode(201).body("excerpt", not(containsString("<"))).extract().path("bodyHtml");
            String lower = html.toLowerCase();
            for (String bad : List.of("<script", "onerror", "onload", "onclick", "ontoggle", "javascript:", "vbscript:", "data:",
                    "<iframe", "<form", "<input", "style=", "<style", "<object", "<svg", "<math")) {
                org.hamcrest.MatcherAssert.assertThat(payload + " -> " + html, lower, not(containsString(bad)));
            }
        }
    }
}
