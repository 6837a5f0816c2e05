package dev.engblog.cms.category;

import static io.restassured.RestAssured.given;
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

/** Categories: a slug names one category; a category in use cannot be deleted. */
@QuarkusTest
class CategoryTest {

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
                .body(Map.of("name", "Backend", "slug", "backend")).post("/api/v1/categories").then().statusCode(201)
                .body("slug", equalTo("backend"));
        given().header("Authorization", editor.bearer()).contentType("application/json")
                .body(Map.of("name", "Backend again", "slug", "backend")).post("/api/v1/categories").then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/categories/slug/backend").then().statusCode(200).body("name", equalTo("Backend"));
    }

    @Test
    void aCategoryInUseIsNotDeleted() {
        Category backend = fx.category("backend", "Backend");
        Post post = fx.post("Connection pools").in(backend).save();

        given().header("Authorization", editor.bearer()).delete("/api/v1/categories/" + backend.id).then().statusCode(409)
                .contentType("application/problem+json");

        given().get("/api/v1/categories/" + backend.id).then().statusCode(200).body("slug", equalTo("backend"));
        given().header("Authorization", editor.bearer()).get("/api/v1/posts/" + post.id).then().statusCode(200)
                .body("category.slug", equalTo("backend"));
    }

    @Test
    void anUnusedCategoryIsDeleted() {
        Category empty = fx.category("empty", "Empty");
        given().header("Authorization", editor.bearer()).delete("/api/v1/categories/" + empty.id).then().statusCode(204);
        given().get("/api/v1/categories/" + empty.id).then().statusCode(404);
    }
}
