package dev.engblog.cms.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    Fixtures fx;
    @ConfigProperty(name = "cms.api-keys.requests-per-window")
    int limit;

    Tokens.Staff admin;

    @BeforeEach
    void clean() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
    }

    private JsonPath create(Map<String, Object> body) {
        return given().header("Authorization", admin.bearer()).contentType("application/json").body(body)
                .when().post("/api/v1/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath contentKey() {
        return create(Map.of("name", "Static site build", "kind", "content"));
    }

    private JsonPath adminKey(Role role) {
        return create(Map.of("name", "Search indexer", "kind", "admin", "role", role.name()));
    }

    @Test
    void createsAContentKeyShownOnceStoredHashedAndListedWithoutItsSecret() {
        JsonPath key = contentKey();
        String secret = key.getString("secret");
        assertTrue(secret.matches("[0-9a-f]{26}"), "a content key works as a Ghost key: " + secret);
        assertEquals(secret.substring(0, 6), key.getString("prefix"));
        assertEquals("content", key.getString("kind"));
        assertEquals(admin.userId().toString(), key.getString("createdBy"));
        Object stored = db.scalar("select secret_hash from api_key where id = '" + key.getString("id") + "'");
        assertNotEquals(secret, stored);
        assertEquals(64, stored.toString().length(), "a SHA-256 in hex");

        given().header("Authorization", admin.bearer()).when().get("/api/v1/api-keys")
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(key.getString("id")))
                .body("data[0].secret", nullValue())
                .body("data[0].prefix", equalTo(secret.substring(0, 6)))
                .body("data[0].lastUsedAt", nullValue());
        given().header("Authorization", admin.bearer()).when().get("/api/v1/api-keys/" + key.getString("id"))
                .then().statusCode(200).body("secret", nullValue()).body("name", equalTo("Static site build"));
    }

    @Test
    void creatingRotatingAndRevokingAKeyAreAuditedWithoutTheSecret() {
        JsonPath key = contentKey();
        String id = key.getString("id");
        given().header("Authorization", admin.bearer()).post("/api/v1/api-keys/" + id + "/rotate").then().statusCode(200);
        given().header("Authorization", admin.bearer()).delete("/api/v1/api-keys/" + id).then().statusCode(204);

        String audit = given().header("Authorization", admin.bearer()).get("/api/v1/audit?targetType=api_key&targetId=" + id + "&sort=at")
                .then().statusCode(200)
                .body("data.action", contains("api_key.created", "api_key.rotated", "api_key.revoked"))
                .body("data[0].actorId", equalTo(admin.userId().toString()))
                .extract().asString();
        assertFalse(audit.contains(key.getString("secret")), "the secret is never in the audit log");
    }

    @Test
    void onlyAdminsManageKeysAndAKeyNeverOutranksItsCreator() {
        Tokens.Staff editor = tokens.as(Role.EDITOR);
        given().header("Authorization", editor.bearer()).contentType("application/json")
                .body(Map.of("name", "mine", "kind", "content"))
                .when().post("/api/v1/api-keys").then().statusCode(403);
        given().when().get("/api/v1/api-keys").then().statusCode(401);
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "no role", "kind", "admin"))
                .when().post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "content with role", "kind", "content", "role", "EDITOR"))
                .when().post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "past", "kind", "content", "expiresAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));

        // An editor-role key acting for an admin who is later demoted to author acts as an author.
        String secret = adminKey(Role.EDITOR).getString("secret");
        fx.post("Someone else's draft").status(PostStatus.DRAFT, null).save();
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts")
                .then().statusCode(200).body("data.title", hasItem("Someone else's draft"));
        db.execute("update users set role = 'AUTHOR' where id = '" + admin.userId() + "'");
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts")
                .then().statusCode(200).body("data.title", not(hasItem("Someone else's draft")));
        db.execute("update users set disabled = true where id = '" + admin.userId() + "'");
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void aContentKeyReadsPublishedContentOnlyAndCannotWrite() {
        String secret = contentKey().getString("secret");
        fx.post("Out in the open").save();
        var draft = fx.post("Still a draft").status(PostStatus.DRAFT, null).save();

        for (var request : List.of(given().header("Authorization", "Bearer " + secret), given().queryParam("key", secret))) {
            request.queryParam("status", "DRAFT").when().get("/api/v1/posts")
                    .then().statusCode(200).body("data", org.hamcrest.Matchers.empty());
        }
        given().queryParam("key", secret).when().get("/api/v1/posts")
                .then().statusCode(200).body("data.title", containsInAnyOrder("Out in the open"));
        given().queryParam("key", secret).when().get("/api/v1/posts/" + draft.id).then().statusCode(404);
        given().header("Authorization", "Bearer " + secret).contentType("application/json")
                .body(Map.of("title", "Written with a content key"))
                .when().post("/api/v1/posts")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + secret).when().delete("/api/v1/posts/" + draft.id).then().statusCode(403);
        assertEquals(0L, ((Number) db.scalar("select count(*) from post where title = 'Written with a content key'")).longValue());
        assertNotNull(db.scalar("select last_used_at from api_key"), "the use is recorded");
    }

    @Test
    void anAdminKeyWithTheEditorRoleActsAsAnEditor() {
        String secret = adminKey(Role.EDITOR).getString("secret");
        assertTrue(secret.matches("cms_[0-9a-f]{64}"), secret);
        fx.category("devops", "DevOps");
        fx.post("An author's draft").status(PostStatus.DRAFT, null).save();

        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts")
                .then().statusCode(200).body("data.title", hasItem("An author's draft"));
        given().header("Authorization", "Bearer " + secret).contentType("application/json")
                .body(Map.of("title", "Published by the indexer", "category", "devops", "status", "PUBLISHED"))
                .when().post("/api/v1/posts")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
        given().header("Authorization", "Bearer " + secret).contentType("application/json")
                .body(Map.of("name", "escalation", "kind", "content"))
                .when().post("/api/v1/api-keys").then().statusCode(403);
        // Admin keys never travel in URLs.
        given().queryParam("key", secret).when().get("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void aRevokedExpiredRotatedOrUnknownKeyIs401() {
        JsonPath revoked = contentKey();
        given().header("Authorization", admin.bearer()).when().delete("/api/v1/api-keys/" + revoked.getString("id")).then().statusCode(204);
        given().queryParam("key", revoked.getString("secret")).when().get("/api/v1/posts")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", admin.bearer()).when().get("/api/v1/api-keys/" + revoked.getString("id"))
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().header("Authorization", admin.bearer()).when().post("/api/v1/api-keys/" + revoked.getString("id") + "/rotate")
                .then().statusCode(409);

        JsonPath expiring = contentKey();
        db.execute("update api_key set expires_at = now() - interval '1 second' where id = '" + expiring.getString("id") + "'");
        given().header("Authorization", "Bearer " + expiring.getString("secret")).when().get("/api/v1/posts").then().statusCode(401);

        JsonPath rotated = contentKey();
        String fresh = given().header("Authorization", admin.bearer()).when().post("/api/v1/api-keys/" + rotated.getString("id") + "/rotate")
                .then().statusCode(200).body("secret", matchesPattern("[0-9a-f]{26}")).extract().path("secret");
        given().queryParam("key", rotated.getString("secret")).when().get("/api/v1/posts").then().statusCode(401);
        given().queryParam("key", fresh).when().get("/api/v1/posts").then().statusCode(200);

        given().queryParam("key", "0123456789abcdef0123456789").when().get("/api/v1/posts").then().statusCode(401);
        given().header("Authorization", "Bearer cms_" + "0".repeat(64)).when().get("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void aKeyLimitedToOriginsRefusesOthers() {
        String secret = create(Map.of("name", "Blog frontend", "kind", "content",
                "allowedOrigins", List.of("https://blog.example.com"))).getString("secret");
        given().queryParam("key", secret).header("Origin", "https://blog.example.com").when().get("/api/v1/posts").then().statusCode(200);
        given().queryParam("key", secret).header("Origin", "https://evil.example").when().get("/api/v1/posts").then().statusCode(403);
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        String secret = contentKey().getString("secret");
        String other = contentKey().getString("secret");
        for (int i = 1; i <= limit; i++) {
            given().queryParam("key", secret).when().get("/api/v1/posts")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(limit))
                    .header("RateLimit-Remaining", String.valueOf(limit - i));
        }
        Response refused = given().queryParam("key", secret).when().get("/api/v1/posts");
        assertEquals(429, refused.statusCode());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
        given().queryParam("key", other).when().get("/api/v1/posts").then().statusCode(200);
        given().when().get("/api/v1/posts").then().statusCode(200);
    }

    @Test
    void theKeyNeverAppearsInTheLogs() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        line.append(' ').append(p);
                    }
                }
                if (record.getThrown() != null) {
                    line.append(' ').append(record.getThrown());
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            JsonPath key = contentKey();
            String secret = key.getString("secret");
            String adminSecret = adminKey(Role.EDITOR).getString("secret");
            given().queryParam("key", secret).when().get("/api/v1/posts").then().statusCode(200);
            given().header("Authorization", "Bearer " + secret).contentType("application/json").body(Map.of("title", "x"))
                    .when().post("/api/v1/posts").then().statusCode(403);
            given().header("Authorization", "Bearer " + adminSecret).contentType("application/json").body("{")
                    .when().post("/api/v1/posts").then().statusCode(400);
            given().header("Authorization", admin.bearer()).when().delete("/api/v1/api-keys/" + key.getString("id")).then().statusCode(204);
            given().queryParam("key", secret).when().get("/api/v1/posts").then().statusCode(401);
            for (String line : lines) {
                assertFalse(line.contains(secret) || line.contains(adminSecret), "a log line shows a key: " + line);
            }
        } finally {
            root.removeHandler(capture);
        }
    }
}
