package dev.engblog.cms.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.retention.RetentionPurge;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    RetentionPurge purge;

    Staff admin;
    /** Request id of every write made, and the action its audit row must name. */
    final Map<String, String> writes = new LinkedHashMap<>();

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
    }

    /** A write with its own request id, remembered with the action it must leave in the log. */
    Response write(String action, Staff who, String method, String url, Object body, String ifMatch) {
        String requestId = "audit-" + UUID.randomUUID();
        var req = given().header("X-Request-Id", requestId);
        if (who != null) {
            req = req.header("Authorization", who.bearer());
        }
        if (ifMatch != null) {
            req = req.header("If-Match", ifMatch);
        }
        if (body != null) {
            req = req.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json").body(body);
        }
        Response r = req.request(method, url);
        assertTrue(r.statusCode() < 300 || action.endsWith("_failed"), method + " " + url + " answered " + r.statusCode() + ": " + r.asString());
        writes.put(requestId, action);
        return r;
    }

    @Test
    void everyWriteOfARepresentativeFlowLeavesExactlyOneAuditRow() {
        write("category.created", admin, "POST", "/api/v1/categories", Map.of("name", "Ops"), null);
        write("tag.created", admin, "POST", "/api/v1/tags", Map.of("name", "SRE"), null);
        // Naming a new tag creates it: one write, one row (the tag is listed as related).
        Response post = write("post.added", admin, "POST", "/api/v1/posts",
                Map.of("title", "Pager duty", "category", "ops", "tags", List.of("sre", "On Call"), "bodyMarkdown", "first"), null);
        String postId = post.path("id");
        Response published = write("post.updated", admin, "PATCH", "/api/v1/posts/" + postId,
                Map.of("status", "PUBLISHED", "title", "Pager duty, calmly"), post.header("ETag"));
        write("post.updated", admin, "POST", "/api/v1/posts/" + postId + "/revisions/1/restore", null, published.header("ETag"));
        write("preview_link.created", admin, "POST", "/api/v1/posts/" + postId + "/preview-links", Map.of(), null);
        Response user = write("user.created", admin, "POST", "/api/v1/users",
                Map.of("email", "kim@example.com", "displayName", "Kim", "role", "AUTHOR", "password", "Correct-Horse-Battery-9"), null);
        String userId = user.path("id");
        write("user.updated", admin, "PATCH", "/api/v1/users/" + userId, Map.of("role", "EDITOR"), user.header("ETag"));
        write("auth.login", null, "POST", "/api/v1/auth/token", Map.of("email", "kim@example.com", "password", "Correct-Horse-Battery-9"), null);
        write("auth.login_failed", null, "POST", "/api/v1/auth/token", Map.of("email", "kim@example.com", "password", "wrong-password-1234"), null);
        Response hook = write("webhook.created", admin, "POST", "/api/v1/webhooks",
                Map.of("name", "indexer", "url", "http://127.0.0.1:9999/hook", "events", List.of("post.*")), null);
        String hookId = hook.path("id");
        write("webhook.secret_rotated", admin, "POST", "/api/v1/webhooks/" + hookId + "/rotate-secret", null, null);
        write("webhook.deleted", admin, "DELETE", "/api/v1/webhooks/" + hookId, null, null);
        write("post.deleted", admin, "DELETE", "/api/v1/posts/" + postId, null, null);
        // Reads leave nothing.
        given().header("X-Request-Id", "audit-read").get("/api/v1/categories").then().statusCode(200);
        given().header("X-Request-Id", "audit-read").header("Authorization", admin.bearer()).get("/api/v1/users").then().statusCode(200);

        for (Map.Entry<String, String> w : writes.entrySet()) {
            assertEquals(1L, ((Number) db.scalar("select count(*) from audit_log where request_id = '" + w.getKey() + "'")).longValue(),
                    w.getValue() + " leaves one row");
            assertEquals(w.getValue(), db.scalar("select action from audit_log where request_id = '" + w.getKey() + "'"));
        }
        assertEquals(0L, ((Number) db.scalar("select count(*) from audit_log where request_id = 'audit-read'")).longValue());

        String postRequest = writes.keySet().stream().toList().get(2);
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?targetType=post&targetId=" + postId + "&sort=at").then()
                .statusCode(200)
                .body("data.action", contains("post.added", "post.updated", "post.updated", "preview_link.created", "post.deleted"))
                .body("data[0].actorId", equalTo(admin.userId().toString()))
                .body("data[0].actorRole", equalTo("ADMIN"))
                .body("data[0].requestId", equalTo(postRequest))
                .body("data[0].clientAddress", equalTo("127.0.0.1"))
                .body("data[0].related.action", contains("tag.created"))
                .body("data[1].changes.status.before", equalTo("DRAFT"))
                .body("data[1].changes.status.after", equalTo("PUBLISHED"))
                .body("data[1].changes.title.after", equalTo("Pager duty, calmly"))
                .body("data[1].changes", not(hasKey("bodyHtml")))
                .body("data[1].changes", not(hasKey("version")));
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?action=user.*&actor=" + admin.userId()).then()
                .body("data.action", contains("user.updated", "user.created"))
                .body("data[0].changes.role.before", equalTo("AUTHOR"))
                .body("data[1].changes", not(hasKey("password")))
                .body("data[1].related.action", contains("author.created"));
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?action=auth.*&targetId=" + userId).then()
                .body("data.action", contains("auth.login_failed", "auth.login"))
                .body("data.targetId", everyItem(equalTo(userId)))
                .body("data[1].actorId", equalTo(userId));
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?actor=" + admin.userId() + "&since=2020-01-01&until=2999-01-01&size=100")
                .then().body("meta.totalItems", equalTo(writes.size() - 2));
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?webhook.secret_rotated").then().statusCode(400);
    }

    @Test
    void onlyAdminsReadTheLog() {
        given().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", admin.bearer()).get("/api/v1/audit?actor=nobody").then().statusCode(400)
                .body("errors[0].field", equalTo("actor"));
    }

    @Test
    void rowsAreAppendOnlyAndOnlyThePurgeDeletesOldOnes() {
        db.execute("insert into audit_log (id, at, action, target_type) values ('" + UUID.randomUUID() + "', now() - interval '400 days', 'post.updated', 'post')");
        db.execute("insert into audit_log (id, at, action, target_type) values ('" + UUID.randomUUID() + "', now(), 'post.updated', 'post')");
        List<Runnable> tampering = new ArrayList<>();
        tampering.add(() -> db.execute("update audit_log set action = 'nothing.happened'"));
        tampering.add(() -> db.execute("delete from audit_log"));
        tampering.add(() -> db.execute("truncate audit_log"));
        for (Runnable t : tampering) {
            RuntimeException refused = assertThrows(RuntimeException.class, t::run);
            assertTrue(String.valueOf(rootMessage(refused)).contains("append-only"), rootMessage(refused));
        }
        assertEquals(2L, ((Number) db.scalar("select count(*) from audit_log where action = 'post.updated'")).longValue());

        assertEquals(1, purge.runOnce().get("audit rows"));
        assertEquals(1L, ((Number) db.scalar("select count(*) from audit_log where action = 'post.updated'")).longValue());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
