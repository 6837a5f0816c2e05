package dev.engblog.cms.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds and the sitemap stay cheap however large the posts and the site are. */
@QuarkusTest
class FeedLimitsTest {

    static final List<String> FEEDS = List.of("/api/v1/feeds/posts.rss", "/api/v1/feeds/posts.atom", "/api/v1/feeds/posts.json");

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    Author ann;
    Post huge;

    @BeforeEach
    void data() {
        db.truncateAll();
        ann = fx.author("ann", "Ann Writer");
        huge = fx.post("A very long read").by(ann).excerpt("The short of it.").body("Long.").save();
        fx.post("A short read").by(ann).body("Short and **sweet**.").save();
        db.execute("update post set body_html = repeat('<p>0123456789 words words words</p>', 4000) where id = '" + huge.id + "'");
    }

    @Test
    void feedEntryLongerThanTheCapCarriesItsExcerptAndALink() {
        for (String url : FEEDS) {
            given().get(url).then().statusCode(200)
                    .body(not(containsString("0123456789 words")))
                    .body(containsString("The short of it."))
                    .body(containsString("Read the whole post"))
                    .body(containsString("https://blog.example.com/posts/" + huge.slug))
                    .body(containsString("Body of A short read"));
        }
    }

    @Test
    void sitemapIsStreamedAsItIsWritten() {
        for (int i = 0; i < 300; i++) {
            fx.category("category-number-" + i, "Category " + i);
        }
        given().get("/api/v1/sitemap.xml").then().statusCode(200)
                .contentType(containsString("application/xml"))
                .header("Transfer-Encoding", equalTo("chunked")).header("Content-Length", nullValue())
                .body(containsString("https://blog.example.com/categories/category-number-299"));
    }

    @Test
    void etagFollowsWhatTheFeedShows() {
        for (String url : FEEDS) {
            String before = given().get(url).then().statusCode(200).extract().header("ETag");
            db.execute("update author set name = 'Ann Renamed' where id = '" + ann.id + "'");
            String after = given().get(url).then().statusCode(200).body(containsString("Ann Renamed")).extract().header("ETag");
            assertNotEquals(before, after, url);
            given().header("If-None-Match", after).get(url).then().statusCode(304);
            db.execute("update author set name = 'Ann Writer' where id = '" + ann.id + "'");
        }
        String sitemap = given().get("/api/v1/sitemap.xml").then().statusCode(200).extract().header("ETag");
        fx.category("fresh", "Fresh");
        assertNotEquals(sitemap, given().get("/api/v1/sitemap.xml").then().statusCode(200).extract().header("ETag"));
    }
}
