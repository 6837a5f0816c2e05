package dev.engblog.cms.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts that can write: a new writer gets an author profile unless one is linked. */
@QuarkusTest
class UserAuthorProfileTest {

    static final String PASSWORD = "Quiet-Harbour-Lantern-7";

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Staff admin;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
    }

    private ValidatableResponse createUser(String email, String displayName, String role, String authorId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("displayName", displayName);
        body.put("role", role);
        body.put("password", PASSWORD);
        if (authorId != null) {
            body.put("authorId", authorId);
        }
        return given().header("Authorization", admin.bearer()).contentType("application/json").body(body).post("/api/v1/users").then();
    }

    private static String login(String email) {
        return given().contentType("application/json").body(Map.of("email", email, "password", PASSWORD)).post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void newContributorGetsAnAuthorProfileAndCanWriteAtOnce() {
        String authorId = createUser("jane@example.com", "Jane Doe", "CONTRIBUTOR", null).statusCode(201)
                .body("authorId", matchesPattern("[0-9a-f-]{36}")).extract().path("authorId");
        given().get("/api/v1/authors/slug/jane-doe").then().statusCode(200)
                .body("id", equalTo(authorId)).body("name", equalTo("Jane Doe"));

        given().header("Authorization", "Bearer " + login("jane@example.com")).contentType("application/json")
                .body(Map.of("title", "My first draft", "bodyMarkdown", "Hello."))
                .post("/api/v1/posts").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("authors.slug", contains("jane-doe"));
    }

    @Test
    void namesakesGetNumberedProfileSlugs() {
        createUser("jane@example.com", "Jane Doe", "AUTHOR", null).statusCode(201);
        String second = createUser("jane.d@example.com", "Jane Doe", "EDITOR", null).statusCode(201).extract().path("authorId");
        String emoji = createUser("rocket@example.com", "🚀", "CONTRIBUTOR", null).statusCode(201).extract().path("authorId");
        given().get("/api/v1/authors/slug/jane-doe-2").then().statusCode(200).body("id", equalTo(second));
        given().get("/api/v1/authors/slug/author").then().statusCode(200).body("id", equalTo(emoji)).body("name", equalTo("🚀"));
    }

    @Test
    void authorIdStillLinksAnExistingProfile() {
        Author team = fx.author("kehem-team", "KEHEM Team");
        createUser("team@example.com", "Team Account", "AUTHOR", team.id.toString()).statusCode(201)
                .body("authorId", equalTo(team.id.toString()));
        assertEquals(1L, ((Number) db.scalar("select count(*) from author")).longValue());
    }
}
