package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostListingTest {

    private static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
    }

    @Test
    void walksEveryPageOnceWhenPostsSharePublishedAt() {
        Instant same = Fixtures.now().minus(2, ChronoUnit.DAYS);
        Category devops = fx.category("devops", "DevOps");
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(fx.post("Shared moment " + i).in(devops).publishedAt(same).save().id.toString());
        }
        fx.post("Elsewhere").save();

        List<String> seen = new ArrayList<>();
        String url = "/api/v1/posts?category=devops&size=2";
        int pages = 0;
        while (url != null) {
            JsonPath page = given().get(url).then().statusCode(200)
                    .body("meta.totalItems", equalTo(7)).body("meta.totalPages", equalTo(4))
                    .extract().jsonPath();
            seen.addAll(page.getList("data.id"));
            url = page.getString("links.next");
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(7, seen.size(), "each post exactly once: " + seen);
        assertEquals(expected, new HashSet<>(seen));

        List<String> byPageNumber = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            byPageNumber.addAll(given().get("/api/v1/posts?category=devops&size=2&page=" + p).jsonPath().getList("data.id"));
        }
        assertEquals(seen, byPageNumber, "links.next leads to the same sequence as page numbers");
    }

    @Test
    void cursorWalkYieldsTheSameSequenceWithoutTotals() {
        Instant same = Fixtures.now().minus(1, ChronoUnit.DAYS);
        for (int i = 0; i < 5; i++) {
            fx.post("Cursor " + i).publishedAt(i < 3 ? same : same.minusSeconds(i)).save();
        }
        List<String> byPage = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            byPage.addAll(given().get("/api/v1/posts?size=2&page=" + p).jsonPath().getList("data.id"));
        }

        JsonPath first = given().get("/api/v1/posts?size=2").jsonPath();
        List<String> byCursor = new ArrayList<>(first.getList("data.id"));
        String next = first.getString("meta.nextCursor");
        while (next != null) {
            JsonPath page = given().queryParam("size", 2).queryParam("after", next).get("/api/v1/posts")
                    .then().statusCode(200)
                    .body("meta.totalItems", nullValue()).body("meta.page", nullValue())
                    .body("meta.size", equalTo(2))
                    .extract().jsonPath();
            byCursor.addAll(page.getList("data.id"));
            next = page.getString("meta.nextCursor");
            if (next != null) {
                assertTrue(page.getString("links.next").contains("after="));
            }
        }
        assertEquals(byPage, byCursor);
    }

    @Test
    void lastPageHasNoNextCursor() {
        fx.post("Only one").save();
        given().get("/api/v1/posts").then().statusCode(200)
                .body("meta.nextCursor", nullValue())
                .body("links.next", nullValue())
                .body("links.prev", nullValue())
                .body("links.self", notNullValue());
    }

    @Test
    void rejectsTamperedForeignOrCombinedCursors() {
        for (int i = 0; i < 3; i++) {
            fx.post("Cursor source " + i).save();
        }
        String cursor = given().get("/api/v1/posts?size=1").jsonPath().getString("meta.nextCursor");
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        expectBadParameter(given().queryParam("after", tampered).get("/api/v1/posts"), "after");
        expectBadParameter(given().queryParam("after", "not-a-cursor").get("/api/v1/posts"), "after");
        expectBadParameter(given().queryParam("after", cursor).queryParam("sort", "title").get("/api/v1/posts"), "after");
        expectBadParameter(given().queryParam("after", cursor).queryParam("featured", "true").get("/api/v1/posts"), "after");
        expectBadParameter(given().queryParam("after", cursor).queryParam("page", "2").get("/api/v1/posts"), "after");
    }

    @Test
    void hidesDraftsArchivedAndFuturePostsEverywhere() {
        Category cat = fx.category("backend", "Backend");
        Tag tag = fx.tag("secret", "Secret");
        Author author = fx.author("ann", "Ann");
        Instant future = Fixtures.now().plus(2, ChronoUnit.DAYS);
        Instant past = Fixtures.now().minus(2, ChronoUnit.DAYS);
        List<Post> hidden = List.of(
                fx.post("Hidden draft").in(cat).tagged(tag).by(author).status(PostStatus.DRAFT, null).body("zebra").save(),
                fx.post("Hidden archived").in(cat).tagged(tag).by(author).status(PostStatus.ARCHIVED, past).body("zebra").save(),
                fx.post("Hidden future").in(cat).tagged(tag).by(author).status(PostStatus.PUBLISHED, future).body("zebra").save(),
                fx.post("Hidden scheduled").in(cat).tagged(tag).by(author).status(PostStatus.SCHEDULED, future).body("zebra").save());
        Post control = fx.post("Visible control").in(cat).tagged(tag).by(author).body("zebra").save();
        Post dueScheduled = fx.post("Scheduled and due").in(cat).tagged(tag).by(author)
                .status(PostStatus.SCHEDULED, past).body("zebra").save();
        List<String> visible = List.of(control.id.toString(), dueScheduled.id.toString());

        for (String query : List.of("", "?category=backend", "?tag=secret", "?author=ann", "?q=zebra",
                "?publishedAfter=2000-01-01", "?sort=title")) {
            given().get("/api/v1/posts" + query).then().statusCode(200)
                    .body("data.id", containsInAnyOrder(visible.toArray()))
                    .body("meta.totalItems", equalTo(2));
        }
        for (String status : List.of("DRAFT", "ARCHIVED", "SCHEDULED")) {
            given().get("/api/v1/posts?status=" + status).then().statusCode(200)
                    .body("data.id", status.equals("SCHEDULED") ? contains(dueScheduled.id.toString()) : empty());
        }
        for (Post p : hidden) {
            given().get("/api/v1/posts/" + p.id).then().statusCode(404).contentType("application/problem+json");
            given().get("/api/v1/posts/slug/" + p.slug).then().statusCode(404).contentType("application/problem+json");
        }
        given().get("/api/v1/posts/" + control.id).then().statusCode(200).body("title", equalTo("Visible control"));
        given().get("/api/v1/categories/slug/backend").then().body("postCount", equalTo(2));
        given().get("/api/v1/tags/slug/secret").then().body("postCount", equalTo(2));
        given().get("/api/v1/authors/slug/ann").then().body("postCount", equalTo(2));
    }

    @Test
    void filtersCombineWithAndWhileTagsMatchAny() {
        Category a = fx.category("alpha", "Alpha");
        Category b = fx.category("beta", "Beta");
        Tag java = fx.tag("java", "Java");
        Tag go = fx.tag("go", "Go");
        Tag rust = fx.tag("rust", "Rust");
        Author ann = fx.author("ann", "Ann");
        Author bob = fx.author("bob", "Bob");
        Post p1 = fx.post("Java in alpha").in(a).tagged(java).by(ann).featured().save();
        Post p2 = fx.post("Go in alpha").in(a).tagged(go).by(bob, ann).save();
        Post p3 = fx.post("Rust in beta").in(b).tagged(rust).by(bob).publishedAt(Instant.parse("2024-03-01T10:00:00Z")).save();

        given().get("/api/v1/posts?tag=java&tag=go").then().body("data.id", containsInAnyOrder(p1.id.toString(), p2.id.toString()));
        given().get("/api/v1/posts?tag=java&tag=go&category=beta").then().body("data", empty());
        given().get("/api/v1/posts?author=ann&category=alpha").then().body("data.id", containsInAnyOrder(p1.id.toString(), p2.id.toString()));
        given().get("/api/v1/posts?author=bob&tag=rust").then().body("data.id", contains(p3.id.toString()));
        given().get("/api/v1/posts?featured=true").then().body("data.id", contains(p1.id.toString()));
        given().get("/api/v1/posts?featured=false").then().body("data", hasSize(2));
        given().get("/api/v1/posts?publishedBefore=2025-01-01").then().body("data.id", contains(p3.id.toString()));
        given().get("/api/v1/posts?publishedAfter=2024-03-01T10:00:00Z&publishedBefore=2024-03-01T10:00:01Z")
                .then().body("data.id", contains(p3.id.toString()));
        given().get("/api/v1/posts?category=no-such-category").then().statusCode(200).body("data", empty())
                .body("meta.totalItems", equalTo(0)).body("meta.totalPages", equalTo(0));
        given().get("/api/v1/posts?tag=nope&author=nobody").then().statusCode(200).body("data", empty());
    }

    @Test
    void listItemsAreSummariesWithOrderedAuthors() {
        Category cat = fx.category("devops", "DevOps");
        Tag k8s = fx.tag("kubernetes", "Kubernetes");
        Author first = fx.author("zed", "Zed");
        Author second = fx.author("amy", "Amy");
        fx.post("Ordered bylines").in(cat).tagged(k8s).by(first, second).icon("🚀").save();

        given().get("/api/v1/posts").then().statusCode(200)
                .contentType("application/json")
                .body("data[0].authors.slug", contains("zed", "amy"))
                .body("data[0].category.slug", equalTo("devops"))
                .body("data[0].tags.name", contains("Kubernetes"))
                .body("data[0].icon", equalTo("🚀"))
                .body("data[0].publishedAt", matchesPattern(ISO_UTC))
                .body("data[0].id", matchesPattern("[0-9a-f-]{36}"))
                .body("data[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("bodyMarkdown")))
                .body("data[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("bodyHtml")));
    }

    @Test
    void sortsByAllowListWithIdTiebreak() {
        fx.post("Banana").save();
        fx.post("apple").save();
        fx.post("Cherry").save();
        List<String> asc = given().get("/api/v1/posts?sort=title").jsonPath().getList("data.title");
        List<String> desc = given().get("/api/v1/posts?sort=-title").jsonPath().getList("data.title");
        assertEquals(3, asc.size());
        List<String> reversed = new ArrayList<>(desc);
        java.util.Collections.reverse(reversed);
        assertEquals(asc, reversed);
        expectBadParameter(given().get("/api/v1/posts?sort=bodyMarkdown"), "sort");
        expectBadParameter(given().get("/api/v1/posts?sort=title;drop table post"), "sort");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        expectBadParameter(given().get("/api/v1/posts?page=0"), "page");
        expectBadParameter(given().get("/api/v1/posts?page=abc"), "page");
        expectBadParameter(given().get("/api/v1/posts?page=99999999999"), "page");
        expectBadParameter(given().get("/api/v1/posts?size=0"), "size");
        expectBadParameter(given().get("/api/v1/posts?size=101"), "size");
        expectBadParameter(given().get("/api/v1/posts?size=1&size=2"), "size");
        expectBadParameter(given().get("/api/v1/posts?publishedAfter=yesterday"), "publishedAfter");
        expectBadParameter(given().get("/api/v1/posts?publishedBefore=2026-13-01"), "publishedBefore");
        expectBadParameter(given().get("/api/v1/posts?featured=yes"), "featured");
        expectBadParameter(given().get("/api/v1/posts?colour=red"), "colour");
        expectBadParameter(given().get("/api/v1/posts?status=PENDING"), "status");
        expectBadParameter(given().get("/api/v1/posts?q=" + "x".repeat(10_000)), "q");
        expectBadParameter(given().urlEncodingEnabled(false).get("/api/v1/posts?q=a%00b"), "q");
        expectBadParameter(given().get("/api/v1/categories?sort=nope"), "sort");
        expectBadParameter(given().get("/api/v1/tags?page=-1"), "page");
        expectBadParameter(given().get("/api/v1/authors?filter=x"), "filter");
    }

    @Test
    void answersAPageInTheSameNumberOfStatementsWhateverItsSize() {
        Category cat = fx.category("many", "Many");
        Tag t1 = fx.tag("t1", "T1");
        Tag t2 = fx.tag("t2", "T2");
        Author a1 = fx.author("a1", "A1");
        Author a2 = fx.author("a2", "A2");
        for (int i = 0; i < 100; i++) {
            fx.post("Bulk " + i).in(cat).tagged(t1, t2).by(a1, a2).save();
        }
        for (String filter : List.of("", "&category=many&tag=t1", "&tag=t1&tag=t2", "&author=a1", "&q=bulk")) {
            String url = "/api/v1/posts?size=";
            long first = db.statementsDuring(() -> given().get(url + 1 + filter).then().statusCode(200)
                    .body("data", hasSize(1)).body("meta.totalItems", equalTo(100)));
            assertEquals(3, first, filter + ": the page, the content version and the count, once after a change");
            long one = db.statementsDuring(() -> given().get(url + 1 + filter).then().statusCode(200)
                    .body("data", hasSize(1)).body("meta.totalItems", equalTo(100)));
            long fifty = db.statementsDuring(() -> given().get(url + 50 + filter).then().statusCode(200)
                    .body("data", hasSize(50)).body("meta.totalItems", equalTo(100)));
            assertEquals(1, one, filter + ": the same page again comes from the response cache after reading the content version");
            assertEquals(2, fifty, filter + ": another page size: the content version and the page; the total is the one counted");
            long last = db.statementsDuring(() -> given().get(url + 100 + filter).then().statusCode(200)
                    .body("data", hasSize(100)).body("meta.totalItems", equalTo(100)));
            assertEquals(2, last, filter + ": the content version and the page, a last page tells its own total");
            long cursor = db.statementsDuring(() -> given().get(url + 1 + filter + "&after="
                    + given().get(url + 1 + filter).jsonPath().getString("meta.nextCursor")).then().statusCode(200));
            assertEquals(3, cursor, filter + ": the page that gave the cursor (cached: one), then the content version and the cursor page");
        }
        for (int i = 0; i < 30; i++) {
            fx.tag("more-" + i, "More " + i);
        }
        long taxonomy = db.statementsDuring(() -> given().get("/api/v1/tags?size=10").then().statusCode(200));
        assertEquals(3, taxonomy, "the content version, the page and the count");
        assertEquals(1, db.statementsDuring(() -> given().get("/api/v1/tags?size=10").then().statusCode(200)), "cached");
        assertEquals(2, db.statementsDuring(() -> given().get("/api/v1/tags?size=100").then().statusCode(200)),
                "the content version and a last page that tells its own total");
    }

    @Test
    void totalsFollowWritesMadeByAnyoneOnTheDatabase() {
        Category ops = fx.category("ops", "Ops");
        Tag k8s = fx.tag("k8s", "K8s");
        Post first = fx.post("First").in(ops).tagged(k8s).save();
        fx.post("Second").in(ops).tagged(k8s).save();
        fx.post("Third").in(ops).tagged(k8s).save();
        List<String> urls = List.of("/api/v1/posts?size=1", "/api/v1/posts?size=1&tag=k8s", "/api/v1/posts?size=1&category=ops&tag=k8s",
                "/api/v1/posts?size=1&category=ops", "/api/v1/posts?size=1&q=first or second or third");
        expectTotals(urls, 3, 3, 3, 3, 3);
        expectTotals(urls, 3, 3, 3, 3, 3);

        // Statements straight to the database, as another instance or psql would make them: nothing
        // in this process hears of them, yet the next read counts again.
        db.execute("update post set status = 'DRAFT' where id = '" + first.id + "'");
        expectTotals(urls, 2, 2, 2, 2, 2);
        db.execute("update post set status = 'PUBLISHED' where id = '" + first.id + "'");
        expectTotals(urls, 3, 3, 3, 3, 3);
        db.execute("update post set category_id = null where id = '" + first.id + "'");
        expectTotals(urls, 3, 3, 2, 2, 3);
        db.execute("delete from post_tag where post_id = '" + first.id + "'");
        expectTotals(urls, 3, 2, 2, 2, 3);
        db.execute("insert into post_tag (post_id, tag_id) select id, '" + k8s.id + "' from post where id = '" + first.id + "'");
        expectTotals(urls, 3, 3, 2, 2, 3);
        db.execute("update post set published_at = now() + interval '1 day' where id = '" + first.id + "'");
        expectTotals(urls, 2, 2, 2, 2, 2);
        db.execute("update post set published_at = now() - interval '1 day' where id = '" + first.id + "'");
        expectTotals(urls, 3, 3, 2, 2, 3);
        db.execute("delete from post where id = '" + first.id + "'");
        expectTotals(urls, 2, 2, 2, 2, 2);
        db.execute("update tag set slug = 'kubernetes' where id = '" + k8s.id + "'");
        expectTotals(urls, 2, 0, 0, 2, 2);
    }

    @Test
    void aScheduledPostCountsOnceTheDatabaseClockReachesItsTime() throws InterruptedException {
        Category ops = fx.category("ops", "Ops");
        Tag k8s = fx.tag("k8s", "K8s");
        fx.post("Live one").in(ops).tagged(k8s).save();
        fx.post("Live two").in(ops).tagged(k8s).save();
        Post soon = fx.post("Soon").in(ops).tagged(k8s).status(PostStatus.SCHEDULED, Fixtures.now().plus(1, ChronoUnit.DAYS)).save();
        db.execute("update post set published_at = now() + interval '1500 milliseconds' where id = '" + soon.id + "'");
        List<String> urls = List.of("/api/v1/posts?size=1", "/api/v1/posts?size=1&category=ops&tag=k8s");
        expectTotals(urls, 2, 2);
        expectTotals(urls, 2, 2);
        Thread.sleep(1_600);
        expectTotals(urls, 3, 3);
        given().get(urls.get(0)).then().body("data[0].id", equalTo(soon.id.toString()));
    }

    private static void expectTotals(List<String> urls, int... totals) {
        for (int i = 0; i < urls.size(); i++) {
            assertEquals(totals[i], given().get(urls.get(i)).then().statusCode(200).extract().jsonPath().getInt("meta.totalItems"),
                    urls.get(i));
        }
    }

    @Test
    void answersNotModifiedForARepeatedGetWithItsEtag() {
        Post post = fx.post("Cache me").save();
        for (String url : List.of("/api/v1/posts", "/api/v1/posts/" + post.id, "/api/v1/posts/slug/" + post.slug,
                "/api/v1/categories", "/api/v1/tags", "/api/v1/authors")) {
            String etag = given().get(url).then().statusCode(200)
                    .header("Cache-Control", org.hamcrest.Matchers.containsString("public"))
                    .extract().header("ETag");
            assertTrue(etag != null && etag.startsWith("W/\""), url + " has a weak ETag");
            given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", equalTo(etag));
            given().header("If-None-Match", "W/\"other\"").get(url).then().statusCode(200);
        }
    }

    private static void expectBadParameter(io.restassured.response.Response response, String parameter) {
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", org.hamcrest.Matchers.containsString(parameter))
                .body("errors[0].field", equalTo(parameter));
    }
}
