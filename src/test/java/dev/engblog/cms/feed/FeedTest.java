package dev.engblog.cms.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.engblog.cms.author.Author;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@QuarkusTest
class FeedTest {

    static final String TRICKY = "Fish & <Chips> 🐟 日本語 «ok»";

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    Post tricky;
    Post draft;

    @BeforeEach
    void data() {
        db.truncateAll();
        Category cat = fx.category("backend", "Backend & Ops");
        Tag tag = fx.tag("go", "Go");
        Author author = fx.author("ann", "Ann <Admin>");
        tricky = fx.post(TRICKY).in(cat).tagged(tag).by(author).excerpt("Less < more & 🚀").save();
        fx.post("Plain other").publishedAt(Fixtures.now().minus(3, ChronoUnit.DAYS)).save();
        draft = fx.post("Secret draft").status(PostStatus.DRAFT, null).save();
    }

    @Test
    void rssIsValidAndEscaped() throws Exception {
        String xml = given().get("/api/v1/feeds/posts.rss").then().statusCode(200)
                .contentType(startsWith("application/rss+xml")).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(2, feed.getEntries().size());
        SyndEntry first = feed.getEntries().get(0);
        assertEquals(TRICKY, first.getTitle());
        assertEquals("https://blog.example.com/posts/" + tricky.slug, first.getLink());
        assertNotNull(first.getPublishedDate());
        assertTrue(first.getCategories().stream().anyMatch(c -> c.getName().equals("Backend & Ops")));
        assertTrue(xml.contains("Fish &amp; &lt;Chips&gt;"), "markup characters escaped");
        assertTrue(xml.contains("日本語 «ok»"), "CJK written as UTF-8 (the emoji may be a character reference; the parsed title above has it)");
        Document dom = parse(xml);
        String pubDate = dom.getElementsByTagName("pubDate").item(0).getTextContent();
        assertTrue(pubDate.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UTC|[+-]\\d{4}|Z)"),
                "RFC 822 date: " + pubDate);
        assertFalse(xml.contains("Secret draft"));
    }

    @Test
    void atomIsValidWithRfc3339Dates() throws Exception {
        String xml = given().get("/api/v1/feeds/posts.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        Document dom = parse(xml);
        assertNotNull(dom.getElementsByTagName("id").item(0));
        String updated = dom.getElementsByTagName("updated").item(0).getTextContent();
        assertTrue(updated.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"), updated);
        SyndEntry first = feed.getEntries().get(0);
        assertEquals(TRICKY, first.getTitle());
        assertEquals("Ann <Admin>", first.getAuthors().get(0).getName());
        assertEquals("urn:uuid:" + tricky.id, first.getUri());
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        JsonPath feed = given().get("/api/v1/feeds/posts.json").then().statusCode(200)
                .contentType(startsWith("application/feed+json")).extract().jsonPath();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals(2, feed.getList("items").size());
        assertEquals(TRICKY, feed.getString("items[0].title"));
        assertEquals("https://blog.example.com/posts/" + tricky.slug, feed.getString("items[0].url"));
        assertTrue(feed.getString("items[0].date_published").matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z"));
        assertEquals(List.of("Ann <Admin>"), feed.getList("items[0].authors.name"));
    }

    @Test
    void filtersLikeTheListAndRefusesBadParameters() {
        given().get("/api/v1/feeds/posts.json?category=backend").then().body("items.size()", equalTo(1));
        given().get("/api/v1/feeds/posts.json?tag=go&tag=rust").then().body("items.size()", equalTo(1));
        given().get("/api/v1/feeds/posts.json?author=nobody").then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/api/v1/feeds/posts.rss?page=2").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().get("/api/v1/feeds/posts.atom?colour=red").then().statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/feeds/posts.rss?category=a%00b").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void sitemapListsPublicPagesOnly() throws Exception {
        String xml = given().get("/api/v1/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asString();
        Document dom = parse(xml);
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", dom.getDocumentElement().getNamespaceURI());
        List<String> locs = new java.util.ArrayList<>();
        var nodes = dom.getElementsByTagNameNS("*", "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        assertTrue(locs.contains("https://blog.example.com/posts/" + tricky.slug));
        assertTrue(locs.contains("https://blog.example.com/categories/backend"));
        assertTrue(locs.contains("https://blog.example.com/tags/go"));
        assertTrue(locs.contains("https://blog.example.com/authors/ann"));
        assertFalse(locs.contains("https://blog.example.com/posts/" + draft.slug));
        assertEquals(5, locs.size(), "two posts, one category, one tag, one author");
    }

    @Test
    void answersNotModifiedWithTheEtag() {
        for (String url : List.of("/api/v1/feeds/posts.rss", "/api/v1/feeds/posts.atom", "/api/v1/feeds/posts.json", "/api/v1/sitemap.xml")) {
            String etag = given().get(url).then().statusCode(200).extract().header("ETag");
            assertNotNull(etag, url);
            given().header("If-None-Match", etag).get(url).then().statusCode(304);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
