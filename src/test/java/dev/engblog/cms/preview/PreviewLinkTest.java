package dev.engblog.cms.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreviewLinkTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Staff author;
    String postId;

    @BeforeEach
    void aDraft() {
        db.truncateAll();
        author = tokens.as(Role.AUTHOR);
        postId = given().header("Authorization", author.bearer()).contentType("application/json")
                .body(Map.of("title", "Unreleased", "bodyMarkdown", "Secret *draft*")).post("/api/v1/posts").path("id");
    }

    Response create(Staff who, Object body) {
        var req = given().header("Authorization", who.bearer()).contentType("application/json");
        return (body == null ? req : req.body(body)).post("/api/v1/posts/" + postId + "/preview-links");
    }

    @Test
    void aPreviewLinkShowsTheDraftToAnyoneHoldingItUncachedAndUnindexed() {
        Response created = create(author, Map.of());
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/preview/[A-Za-z0-9_-]{43}"))
                .header("Cache-Control", equalTo("no-store"))
                .body("token", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("postId", equalTo(postId));
        String token = created.path("token");
        Instant expires = Instant.parse(created.path("expiresAt"));
        assertEquals(Duration.ofDays(7).toHours(), Duration.between(Instant.now(), expires).plusMinutes(1).toHours());
        // Stored hashed only.
        assertEquals(0L, ((Number) db.scalar("select count(*) from preview_link where token_hash = '" + token + "'")).longValue());

        given().get("/api/v1/preview/" + token).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("X-Robots-Tag", equalTo("noindex"))
                .body("title", equalTo("Unreleased"))
                .body("status", equalTo("DRAFT"))
                .body("bodyHtml", equalTo("<p>Secret <em>draft</em></p>\n"));
        // It grants nothing else: the post itself stays hidden, the token is no bearer token.
        given().get("/api/v1/posts/" + postId).then().statusCode(404);
        given().header("Authorization", "Bearer " + token).get("/api/v1/posts/" + postId).then().statusCode(401);

        // Shows the post as it is now.
        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("title", "Unreleased, edited")).patch("/api/v1/posts/" + postId).then().statusCode(200);
        given().get("/api/v1/preview/" + token).then().statusCode(200).body("title", equalTo("Unreleased, edited"));
    }

    @Test
    void revokedAndExpiredLinksAreNotFound() {
        String revokedToken = create(author, Map.of()).path("token");
        String revokedId = given().header("Authorization", author.bearer()).get("/api/v1/posts/" + postId + "/preview-links")
                .path("data[0].id");
        String expiring = create(author, Map.of("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).path("token");

        given().header("Authorization", author.bearer()).get("/api/v1/posts/" + postId + "/preview-links").then().statusCode(200)
                .body("data.active", contains(true, true))
                .body("data[0]", not(hasKey("token")));
        given().header("Authorization", author.bearer()).delete("/api/v1/posts/" + postId + "/preview-links/" + revokedId)
                .then().statusCode(204);
        given().get("/api/v1/preview/" + revokedToken).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", author.bearer()).get("/api/v1/posts/" + postId + "/preview-links").then()
                .body("data.find { it.id == '" + revokedId + "' }.revokedAt", notNullValue())
                .body("data.find { it.id == '" + revokedId + "' }.active", equalTo(false));

        given().get("/api/v1/preview/" + expiring).then().statusCode(200);
        db.execute("update preview_link set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'");
        given().get("/api/v1/preview/" + expiring).then().statusCode(404);
        given().get("/api/v1/preview/not-a-token").then().statusCode(404);
    }

    @Test
    void onlyWhoMayEditThePostMakesLinksWithinTheBound() {
        Staff other = tokens.as(Role.AUTHOR);
        create(other, Map.of()).then().statusCode(404);
        given().contentType("application/json").body(Map.of()).post("/api/v1/posts/" + postId + "/preview-links").then().statusCode(401);
        Staff editor = tokens.as(Role.EDITOR);
        create(editor, Map.of()).then().statusCode(201);
        given().header("Authorization", other.bearer()).get("/api/v1/posts/" + postId + "/preview-links").then().statusCode(404);

        create(author, Map.of("expiresAt", Instant.now().plus(31, ChronoUnit.DAYS).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        create(author, Map.of("expiresAt", Instant.now().minusSeconds(5).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        String a = create(author, Map.of()).path("token");
        String b = create(author, Map.of()).path("token");
        assertNotEquals(a, b);
        given().header("Authorization", author.bearer())
                .delete("/api/v1/posts/" + postId + "/preview-links/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().header("Authorization", author.bearer()).get("/api/v1/posts/" + postId + "/preview-links?page=2").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
