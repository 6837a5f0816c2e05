package dev.engblog.cms.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every write endpoint: 401 without or with a forged token, 403 below its role, and nothing changes. */
@QuarkusTest
class WriteAccessTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Category category;
    Tag tag;
    Author author;
    Post post;

    record Call(String method, String url, String contentType, Object body, Role minimum) {
        RequestSpecification spec() {
            RequestSpecification s = given();
            return body == null ? s : s.contentType(contentType).body(body);
        }
    }

    @BeforeEach
    void data() {
        db.truncateAll();
        category = fx.category("ops", "Ops");
        tag = fx.tag("linux", "Linux");
        author = fx.author("someone", "Someone");
        post = fx.post("Someone's post").in(category).by(author).save();
    }

    List<Call> writes() {
        List<Call> calls = new ArrayList<>();
        Map<String, String> term = Map.of("name", "Renamed");
        Map<String, String> person = Map.of("name", "Renamed");
        String json = "application/json";
        String patch = "application/merge-patch+json";
        calls.add(new Call("POST", "/api/v1/categories", json, Map.of("name", "New"), Role.EDITOR));
        calls.add(new Call("PUT", "/api/v1/categories/" + category.id, json, term, Role.EDITOR));
        calls.add(new Call("PATCH", "/api/v1/categories/" + category.id, patch, term, Role.EDITOR));
        calls.add(new Call("DELETE", "/api/v1/categories/" + category.id, null, null, Role.EDITOR));
        calls.add(new Call("POST", "/api/v1/tags", json, Map.of("name", "New"), Role.EDITOR));
        calls.add(new Call("PUT", "/api/v1/tags/" + tag.id, json, term, Role.EDITOR));
        calls.add(new Call("PATCH", "/api/v1/tags/" + tag.id, patch, term, Role.EDITOR));
        calls.add(new Call("DELETE", "/api/v1/tags/" + tag.id, null, null, Role.EDITOR));
        calls.add(new Call("POST", "/api/v1/authors", json, Map.of("name", "New"), Role.ADMIN));
        calls.add(new Call("PUT", "/api/v1/authors/" + author.id, json, person, Role.ADMIN));
        calls.add(new Call("PATCH", "/api/v1/authors/" + author.id, patch, person, Role.ADMIN));
        calls.add(new Call("DELETE", "/api/v1/authors/" + author.id, null, null, Role.ADMIN));
        calls.add(new Call("POST", "/api/v1/posts", json, Map.of("title", "New"), Role.CONTRIBUTOR));
        calls.add(new Call("PUT", "/api/v1/posts/" + post.id, json, Map.of("title", "Renamed"), Role.EDITOR));
        calls.add(new Call("PATCH", "/api/v1/posts/" + post.id, patch, Map.of("title", "Renamed"), Role.EDITOR));
        calls.add(new Call("DELETE", "/api/v1/posts/" + post.id, null, null, Role.EDITOR));
        calls.add(new Call("POST", "/api/v1/posts/" + post.id + "/revisions/1/restore", null, null, Role.EDITOR));
        calls.add(new Call("POST", "/api/v1/posts/" + post.id + "/preview-links", json, Map.of(), Role.EDITOR));
        calls.add(new Call("PATCH", "/api/v1/settings", patch, Map.of("title", "Renamed"), Role.ADMIN));
        calls.add(new Call("POST", "/api/v1/users/invitations", json, Map.of("email", "new@example.com", "role", "EDITOR"), Role.ADMIN));
        calls.add(new Call("POST", "/api/v1/users/" + java.util.UUID.randomUUID() + "/temporary-password", json,
                Map.of("password", "Temporary-Pass-Word-1"), Role.ADMIN));
        return calls;
    }

    @Test
    void refusesEveryWriteWithoutAValidToken() throws Exception {
        List<String> forged = List.of(tokens.expired(), tokens.wrongIssuer(), tokens.signedByAnotherKey(), tokens.algNone(),
                tokens.hs256WithPublicKey(), tokens.tampered(), "not.a.jwt", "");
        String before = snapshot();
        for (Call call : writes()) {
            call.spec().request(call.method(), call.url()).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
            for (String token : forged) {
                call.spec().header("Authorization", "Bearer " + token).request(call.method(), call.url())
                        .then().statusCode(401).contentType("application/problem+json");
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, snapshot(), "a refused write changed stored data");
    }

    @Test
    void refusesEveryWriteBelowItsRole() {
        String before = snapshot();
        for (Call call : writes()) {
            for (Role role : Role.values()) {
                if (role.atLeast(call.minimum())) {
                    continue;
                }
                // A published post is visible to everyone, so touching another's is 403, not 404.
                call.spec().header("Authorization", tokens.as(role).bearer()).request(call.method(), call.url())
                        .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, snapshot(), "a refused write changed stored data");
    }

    @Test
    void aDisabledAccountsTokenStopsWorkingAtOnce() {
        var admin = tokens.as(Role.ADMIN);
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("name", "Before"))
                .post("/api/v1/categories").then().statusCode(201);
        db.execute("update users set disabled = true where id = '" + admin.userId() + "'");
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("name", "After"))
                .post("/api/v1/categories").then().statusCode(401);
    }

    private String snapshot() {
        return String.valueOf(db.scalar("select string_agg(t, '|' order by t) from ("
                + "select id || name || version as t from category union all select id || name || version from tag "
                + "union all select id || name || version from author where slug !~ '^(contributor|author)-'"
                + " union all select id || title || version from post) x"));
    }
}
