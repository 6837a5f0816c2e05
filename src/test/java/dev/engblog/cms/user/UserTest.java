package dev.engblog.cms.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Staff admin;

    @BeforeEach
    void clean() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
    }

    RequestSpecification as(Staff who) {
        return given().header("Authorization", who.bearer());
    }

    static Map<String, Object> user(String email, String role, String password) {
        return Map.of("email", email, "displayName", "Someone", "role", role, "password", password);
    }

    @Test
    void adminsCreateListAndDeleteAccountsWithoutPasswordData() {
        String location = as(admin).contentType("application/json").body(user("  New.User@EXAMPLE.org ", "AUTHOR", "Long-Enough-Secret-1"))
                .post("/api/v1/users").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/users/[0-9a-f-]{36}"))
                .body("email", equalTo("New.User@example.org")).body("role", equalTo("AUTHOR"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password"))).body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract().header("Location");
        as(admin).get("/api/v1/users?role=AUTHOR").then().statusCode(200).body("data.email", hasItem("New.User@example.org"))
                .body("meta.totalItems", equalTo(1));
        as(admin).contentType("application/json").body(user("new.user@EXAMPLE.ORG", "EDITOR", "Long-Enough-Secret-1"))
                .post("/api/v1/users").then().statusCode(409).body("errors[0].field", equalTo("email"));
        as(admin).delete(location).then().statusCode(204);
        as(admin).get(location).then().statusCode(404);
    }

    @Test
    void refusesWeakPasswordsNamingTheField() {
        for (String weak : List.of("short", "password1234", "Qwertyuiop123", "123456789012")) {
            as(admin).contentType("application/json").body(user("w@example.com", "AUTHOR", weak)).post("/api/v1/users")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("password"));
        }
    }

    @Test
    void onlyAdminsManageAccounts() {
        Staff editor = tokens.as(Role.EDITOR);
        String id = admin.userId().toString();
        as(editor).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
        as(editor).get("/api/v1/users/" + id).then().statusCode(403);
        as(editor).contentType("application/json").body(user("x@example.com", "ADMIN", "Long-Enough-Secret-1")).post("/api/v1/users").then().statusCode(403);
        as(editor).contentType("application/merge-patch+json").body(Map.of("role", "ADMIN")).patch("/api/v1/users/" + editor.userId()).then().statusCode(403);
        as(editor).delete("/api/v1/users/" + id).then().statusCode(403);
        given().get("/api/v1/users").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/users/me").then().statusCode(401);
        as(editor).get("/api/v1/users/me").then().statusCode(200).body("role", equalTo("EDITOR"));
    }

    @Test
    void nobodyChangesTheirOwnRoleOrMassAssignsFields() {
        Staff author = tokens.as(Role.AUTHOR);
        String before = as(author).get("/api/v1/users/me").asString();
        for (Map<String, Object> body : List.of(Map.<String, Object>of("role", "ADMIN"), Map.<String, Object>of("disabled", false),
                Map.<String, Object>of("id", "7f1e5a52-3f7e-4a8e-9d6b-6a1d3f0e2c11"), Map.<String, Object>of("passwordHash", "x"),
                Map.<String, Object>of("createdAt", "2020-01-01T00:00:00Z"))) {
            as(author).contentType("application/merge-patch+json").body(body).patch("/api/v1/users/me")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(before, as(author).get("/api/v1/users/me").asString());
        as(admin).contentType("application/merge-patch+json").body(Map.of("role", "EDITOR")).patch("/api/v1/users/" + admin.userId())
                .then().statusCode(403);
        as(admin).delete("/api/v1/users/" + admin.userId()).then().statusCode(409);
        as(author).contentType("application/merge-patch+json").body(Map.of("displayName", "Renamed")).patch("/api/v1/users/me")
                .then().statusCode(200).body("displayName", equalTo("Renamed")).body("role", equalTo("AUTHOR"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        as(admin).contentType("application/json").body(user("pw@example.com", "AUTHOR", "First-Password-Words-1")).post("/api/v1/users").then().statusCode(201);
        String access = given().contentType("application/json").body(Map.of("email", "pw@example.com", "password", "First-Password-Words-1"))
                .post("/api/v1/auth/token").path("accessToken");
        given().header("Authorization", "Bearer " + access).contentType("application/json")
                .body(Map.of("currentPassword", "wrong-one-entirely", "newPassword", "Second-Password-Words-2"))
                .post("/api/v1/users/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().header("Authorization", "Bearer " + access).contentType("application/json")
                .body(Map.of("currentPassword", "First-Password-Words-1", "newPassword", "Second-Password-Words-2"))
                .post("/api/v1/users/me/password").then().statusCode(204);
        given().contentType("application/json").body(Map.of("email", "pw@example.com", "password", "Second-Password-Words-2"))
                .post("/api/v1/auth/token").then().statusCode(200);
    }

    @Test
    void changingYourOwnProfileHonoursIfMatch() {
        Staff author = tokens.as(Role.AUTHOR);
        String etag = as(author).get("/api/v1/users/me").then().statusCode(200).extract().header("ETag");
        String before = as(author).get("/api/v1/users/me").asString();
        as(author).header("If-Match", "W/\"v999\"").contentType("application/merge-patch+json").body(Map.of("displayName", "Lost"))
                .patch("/api/v1/users/me").then().statusCode(412).contentType("application/problem+json");
        assertEquals(before, as(author).get("/api/v1/users/me").asString(), "a refused write changes nothing");
        as(author).header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("displayName", "Kept"))
                .patch("/api/v1/users/me").then().statusCode(200).body("displayName", equalTo("Kept"));
        as(author).header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("displayName", "Stale"))
                .patch("/api/v1/users/me").then().statusCode(412);
    }

    @Test
    void patchAsPlainJsonIsRefusedNamingMergePatch() {
        Staff author = tokens.as(Role.AUTHOR);
        as(author).contentType("application/json").body(Map.of("displayName", "Plain")).patch("/api/v1/users/me")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("application/merge-patch+json"));
        as(admin).contentType("application/json").body(Map.of("role", "EDITOR")).patch("/api/v1/users/" + author.userId())
                .then().statusCode(415).body("detail", org.hamcrest.Matchers.containsString("application/merge-patch+json"));
    }

    @Test
    void adminsReplaceAnAccountWithPut() {
        String location = as(admin).contentType("application/json").body(user("put@example.com", "AUTHOR", "Long-Enough-Secret-1"))
                .post("/api/v1/users").then().statusCode(201).extract().header("Location");
        String etag = as(admin).get(location).then().statusCode(200).extract().header("ETag");
        as(admin).header("If-Match", etag).contentType("application/json")
                .body(Map.of("email", "put.renamed@example.com", "displayName", "Replaced", "role", "EDITOR", "disabled", true))
                .put(location).then().statusCode(200)
                .body("email", equalTo("put.renamed@example.com")).body("role", equalTo("EDITOR")).body("disabled", equalTo(true))
                .body("authorId", org.hamcrest.Matchers.nullValue());
        as(admin).header("If-Match", etag).contentType("application/json")
                .body(Map.of("email", "lost@example.com", "displayName", "Lost", "role", "AUTHOR", "disabled", false))
                .put(location).then().statusCode(412);
        as(admin).contentType("application/json").body(Map.of("email", "x@example.com", "displayName", "No role", "disabled", false))
                .put(location).then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(admin).get(location).then().body("email", equalTo("put.renamed@example.com"));
    }
}
