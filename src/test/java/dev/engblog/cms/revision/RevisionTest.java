package dev.engblog.cms.revision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.media.TestImages;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Staff ann;
    Staff bob;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        ann = tokens.as(Role.EDITOR);
        bob = tokens.as(Role.EDITOR);
        fx.category("devops", "DevOps");
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static String etag(Response r) {
        return r.header("ETag");
    }

    @Test
    void restoringAfterTwoEditsGivesTheOldTextBackAsANewRevision() {
        Response created = send(ann, "POST", "/api/v1/posts", post("Pools", "bodyMarkdown", "Use a pool.\nSize it well.",
                "category", "devops", "authors", List.of("kehem-team")));
        String id = created.path("id");
        Response first = given().header("Authorization", bob.bearer()).header("If-Match", etag(created))
                .contentType("application/merge-patch+json").body(Map.of("bodyMarkdown", "Use a pool.\nSize it badly."))
                .patch("/api/v1/posts/" + id);
        first.then().statusCode(200);
        Response second = given().header("Authorization", ann.bearer()).header("If-Match", etag(first))
                .contentType("application/merge-patch+json").body(Map.of("title", "Pools, revisited", "bodyMarkdown", "Gone."))
                .patch("/api/v1/posts/" + id);
        second.then().statusCode(200);

        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions").then().statusCode(200)
                .body("data.number", contains(3, 2, 1))
                .body("data.title", contains("Pools, revisited", "Pools", "Pools"))
                .body("data[0].userId", equalTo(ann.userId().toString()))
                .body("data[1].userId", equalTo(bob.userId().toString()))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("content")))
                .body("meta.totalItems", equalTo(3));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1").then().statusCode(200)
                .body("content.bodyMarkdown", equalTo("Use a pool.\nSize it well."))
                .body("content.category", equalTo("devops"))
                .body("content.authors", contains("kehem-team"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        // A stale version is refused and changes nothing.
        given().header("Authorization", ann.bearer()).header("If-Match", etag(first))
                .post("/api/v1/posts/" + id + "/revisions/1/restore").then().statusCode(412);
        given().header("Authorization", ann.bearer()).header("If-Match", etag(second))
                .post("/api/v1/posts/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Pools"))
                .body("bodyMarkdown", equalTo("Use a pool.\nSize it well."))
                .body("slug", equalTo(created.<String>path("slug")))
                .body("version", equalTo(3));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions").then()
                .body("data.number", contains(4, 3, 2, 1))
                .body("data[0].restoredFrom", equalTo(1))
                .body("data[1].restoredFrom", nullValue());
    }

    @Test
    void aRestoreBringsBackTheCoverImageUnlessItWasDeletedSince() {
        String a = upload(400);
        String b = upload(500);
        Response created = send(ann, "POST", "/api/v1/posts", post("Covers", "coverImage", a, "authors", List.of("kehem-team")));
        String id = created.path("id");
        Response changed = send(bob, "PATCH", "/api/v1/posts/" + id, Map.of("coverImage", b));
        changed.then().statusCode(200).body("coverImage.id", equalTo(b));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1").then().statusCode(200)
                .body("content.coverImage", equalTo(a));

        Response restored = given().header("Authorization", ann.bearer()).header("If-Match", etag(changed))
                .post("/api/v1/posts/" + id + "/revisions/1/restore");
        restored.then().statusCode(200).body("coverImage.id", equalTo(a));

        Response again = send(bob, "PATCH", "/api/v1/posts/" + id, Map.of("coverImage", b));
        again.then().statusCode(200);
        given().header("Authorization", ann.bearer()).delete("/api/v1/media/" + a).then().statusCode(204);
        given().header("Authorization", ann.bearer()).header("If-Match", etag(again))
                .post("/api/v1/posts/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Covers")).body("coverImage.id", equalTo(b));
    }

    /** A JPEG in the media library; widths differ so that each upload is a file of its own. */
    private String upload(int width) {
        return given().header("Authorization", ann.bearer()).multiPart("file", "cover.jpg", TestImages.jpeg(width, 300), "image/jpeg")
                .post("/api/v1/media").then().statusCode(201).extract().path("id");
    }

    @Test
    void theSameUsersQuickWritesCollapseButAStatusChangeIsAlwaysNew() {
        String id = send(ann, "POST", "/api/v1/posts", post("Draft", "bodyMarkdown", "one")).path("id");
        send(ann, "PATCH", "/api/v1/posts/" + id, Map.of("bodyMarkdown", "one two")).then().statusCode(200);
        send(ann, "PATCH", "/api/v1/posts/" + id, Map.of("bodyMarkdown", "one two three")).then().statusCode(200);
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions").then()
                .body("data.number", contains(1));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1").then()
                .body("content.bodyMarkdown", equalTo("one two three"));

        send(ann, "PATCH", "/api/v1/posts/" + id, Map.of("status", "PUBLISHED")).then().statusCode(200);
        send(ann, "PATCH", "/api/v1/posts/" + id, Map.of("bodyMarkdown", "four")).then().statusCode(200);
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions").then()
                .body("data.number", contains(2, 1))
                .body("data.status", contains("PUBLISHED", "DRAFT"));
    }

    @Test
    void diffsTwoRevisionsLineByLine() {
        String id = send(ann, "POST", "/api/v1/posts", post("Diff", "bodyMarkdown", "alpha\nbeta\ngamma")).path("id");
        send(bob, "PATCH", "/api/v1/posts/" + id, Map.of("bodyMarkdown", "alpha\nBETA\ngamma", "excerpt", "New")).then().statusCode(200);
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1/diff/2").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changedFields", contains("excerpt", "bodyMarkdown"))
                .body("unified", equalTo("--- revision-1.md\n+++ revision-2.md\n@@ -1,3 +1,3 @@\n alpha\n-beta\n+BETA\n gamma\n"));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1/diff/1").then().statusCode(200)
                .body("changedFields", org.hamcrest.Matchers.empty()).body("unified", equalTo(""));
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions/1/diff/9").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Revision"));
    }

    @Test
    void whoMayEditMayRestoreAndNobodyElseSeesRevisions() {
        Staff author = tokens.as(Role.AUTHOR);
        Staff other = tokens.as(Role.AUTHOR);
        String id = send(author, "POST", "/api/v1/posts", post("Mine", "bodyMarkdown", "v1")).path("id");
        send(ann, "PATCH", "/api/v1/posts/" + id, Map.of("bodyMarkdown", "v2")).then().statusCode(200);

        send(other, "GET", "/api/v1/posts/" + id + "/revisions", null).then().statusCode(404);
        send(other, "POST", "/api/v1/posts/" + id + "/revisions/1/restore", null).then().statusCode(404);
        given().get("/api/v1/posts/" + id + "/revisions").then().statusCode(401);
        given().post("/api/v1/posts/" + id + "/revisions/1/restore").then().statusCode(401);

        send(author, "PATCH", "/api/v1/posts/" + id, Map.of("status", "PUBLISHED")).then().statusCode(200);
        send(other, "GET", "/api/v1/posts/" + id + "/revisions", null).then().statusCode(403)
                .contentType("application/problem+json");
        send(other, "POST", "/api/v1/posts/" + id + "/revisions/1/restore", null).then().statusCode(403);
        assertEquals("v2", given().get("/api/v1/posts/" + id).path("bodyMarkdown"));

        send(author, "POST", "/api/v1/posts/" + id + "/revisions/1/restore", null).then().statusCode(200)
                .body("bodyMarkdown", equalTo("v1")).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void keepsTheNewestRevisionsAndEveryPublishedOne() {
        String id = send(ann, "POST", "/api/v1/posts", post("Kept", "status", "PUBLISHED")).path("id");
        // Alternating writers: every write is a revision of its own.
        for (int i = 0; i < 55; i++) {
            send(i % 2 == 0 ? bob : ann, "PATCH", "/api/v1/posts/" + id, Map.of("status", "DRAFT", "bodyMarkdown", "edit " + i))
                    .then().statusCode(200);
        }
        assertEquals(50L, ((Number) db.scalar("select count(*) from post_revision where status = 'DRAFT'")).longValue()
                - 0L, "50 newest drafts kept");
        given().header("Authorization", ann.bearer()).get("/api/v1/posts/" + id + "/revisions?size=100").then()
                .body("meta.totalItems", equalTo(51))
                .body("data[50].number", equalTo(1))
                .body("data[50].status", equalTo("PUBLISHED"))
                .body("data[49].number", equalTo(7));
    }
}
