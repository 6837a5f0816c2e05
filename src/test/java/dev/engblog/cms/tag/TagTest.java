package dev.engblog.cms.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tags: a slug names one tag; deleting a tag takes it off its posts, which stay. */
@QuarkusTest
class TagTest {

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
    }

    @Test
    void aTakenSlugIsAConflict() {
        given().header("Authorization", editor.bearer()).contentType("application/json")
                .body(Map.of("name", "Java", "slug", "java")).post("/api/v1/tags").then().statusCode(201)
                .body("slug", equalTo("java"));
        given().header("Authorization", editor.bearer()).contentType("application/json")
                .body(Map.of("name", "Java again", "slug", "java")).post("/api/v1/tags").then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/tags/slug/java").then().statusCode(200).body("name", equalTo("Java"));
    }

    @Test
    void deletingATagDetachesItsPosts() {
        Tag java = fx.tag("java", "Java");
        Tag kotlin = fx.tag("kotlin", "Kotlin");
        Post post = fx.post("Records in practice").tagged(java, kotlin).save();
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + post.id).then().statusCode(200)
                .body("tags.slug", contains("java", "kotlin"));

        given().header("Authorization", editor.bearer()).delete("/api/v1/tags/" + java.id).then().statusCode(204);

        given().get("/api/v1/tags/" + java.id).then().statusCode(404);
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + post.id).then().statusCode(200)
                .body("tags.slug", contains("kotlin"));

        given().header("Authorization", editor.bearer()).delete("/api/v1/tags/" + kotlin.id).then().statusCode(204);
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + post.id).then().statusCode(200)
                .body("tags", empty());
    }
}
