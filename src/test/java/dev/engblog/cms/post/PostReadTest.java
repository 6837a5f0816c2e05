package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostReadTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
    }

    @Test
    void returnsTheWholePostByIdAndBySlug() {
        Category cat = fx.category("performance", "Performance");
        Author author = fx.author("kehem-team", "KEHEM Team");
        Post post = fx.post("Five Postgres Patterns").in(cat).by(author).icon("🐘").featured()
                .body("## Partial indexes\n\nThey help.").save();

        for (String url : List.of("/api/v1/posts/" + post.id, "/api/v1/posts/slug/" + post.slug)) {
            given().get(url).then().statusCode(200)
                    .contentType("application/json")
                    .header("ETag", matchesPattern("W/\"v0-[0-9a-f]+\""))
                    .body("id", equalTo(post.id.toString()))
                    .body("slug", equalTo(post.slug))
                    .body("title", equalTo("Five Postgres Patterns"))
                    .body("bodyMarkdown", equalTo("## Partial indexes\n\nThey help."))
                    .body("bodyHtml", containsString("Body of"))
                    .body("category.name", equalTo("Performance"))
                    .body("authors[0].name", equalTo("KEHEM Team"))
                    .body("featured", equalTo(true))
                    .body("status", equalTo("PUBLISHED"))
                    .body("version", equalTo(0))
                    .body("seo.metaTitle", equalTo(null))
                    .body("publishedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z"));
        }
    }

    @Test
    void roundTripsEmojiCjkAndCyrillicTitles() {
        List<String> titles = List.of("🚀 Ракеты и 火箭: scaling ☁️", "日本語のタイトル", "Привет, мир", "Ünïcödé — “quotes” · 9 min");
        for (String title : titles) {
            Post post = fx.post(title).slug("u-" + Integer.toHexString(title.hashCode())).save();
            given().get("/api/v1/posts/" + post.id).then().statusCode(200)
                    .contentType(containsString("application/json"))
                    .body("title", equalTo(title));
        }
        given().get("/api/v1/posts?sort=title").then().body("data.title", org.hamcrest.Matchers.containsInAnyOrder(titles.toArray()));
    }

    @Test
    void answersNotFoundForUnknownIdsAndSlugs() {
        given().get("/api/v1/posts/7f1e5a52-3f7e-4a8e-9d6b-6a1d3f0e2c11").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found")).body("detail", equalTo("Post not found."));
        given().get("/api/v1/posts/slug/no-such-post").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/posts/slug/" + "x".repeat(10_000)).then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/posts/slug/a%00b").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/categories/7f1e5a52-3f7e-4a8e-9d6b-6a1d3f0e2c11").then().statusCode(404)
                .body("detail", equalTo("Category not found."));
    }

    @Test
    void rejectsMalformedIds() {
        for (String url : List.of("/api/v1/posts/not-a-uuid", "/api/v1/tags/123", "/api/v1/authors/%27%3B--", "/api/v1/categories/" + "9".repeat(5000))) {
            given().urlEncodingEnabled(false).get(url).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("at dev.")));
        }
    }
}
