package dev.engblog.cms.author;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Author profiles: admins edit every profile; an author edits their own and no other. */
@QuarkusTest
class AuthorTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
    }

    @Test
    void anAuthorEditsTheirOwnProfile() {
        Staff author = tokens.as(Role.AUTHOR);
        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("bio", "Writes about databases.")).patch("/api/v1/authors/" + author.authorId())
                .then().statusCode(200).body("bio", equalTo("Writes about databases."));
        given().get("/api/v1/authors/" + author.authorId()).then().statusCode(200).body("bio", equalTo("Writes about databases."));
    }

    @Test
    void anAuthorCannotEditAnotherProfile() {
        Staff author = tokens.as(Role.AUTHOR);
        Author other = fx.author("someone-else", "Someone Else");
        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("bio", "Hijacked.")).patch("/api/v1/authors/" + other.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/authors/" + other.id).then().statusCode(200).body("bio", equalTo("Writes about Someone Else."));
    }

    @Test
    void anAdminEditsAnyProfile() {
        Staff admin = tokens.as(Role.ADMIN);
        Author other = fx.author("someone-else", "Someone Else");
        given().header("Authorization", admin.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("bio", "Edited by the admin.")).patch("/api/v1/authors/" + other.id)
                .then().statusCode(200).body("bio", equalTo("Edited by the admin."));
    }
}
