package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fields} cuts posts down to the properties asked for, and the query reads only their columns:
 * a sync job that needs titles and dates does not pay for tags, authors or bodies, at the same
 * statement count. Every answer is checked against openapi.yaml (the cut shape is its own media type).
 */
@QuarkusTest
class PostFieldsTest {

    private static final String CUT = "application/vnd.engblog.fields+json";

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    private Post first;

    @BeforeEach
    void posts() {
        db.truncateAll();
        var category = fx.category("platform", "Platform");
        var tag = fx.tag("k8s", "Kubernetes");
        var author = fx.author("ana", "Ana Lima");
        for (int i = 0; i < 25; i++) {
            Post p = fx.post("Post " + i).in(category).tagged(tag).by(author).body("Body **" + i + "** about kubernetes").save();
            if (i == 0) {
                first = p;
            }
        }
    }

    @Test
    void listItemsCarryOnlyTheNamedPropertiesAndTheirId() {
        Response r = given().get("/api/v1/posts?size=5&fields=title,slug,publishedAt");
        r.then().statusCode(200).contentType(startsWith(CUT))
                .body("data", hasSize(5))
                .body("meta.totalItems", equalTo(25))
                .body("links.next", containsString("fields=title%2Cslug%2CpublishedAt"));
        for (Map<String, Object> item : r.jsonPath().<Map<String, Object>>getList("data")) {
            assertEquals(Set.of("id", "title", "slug", "publishedAt"), item.keySet());
        }
        given().get("/api/v1/posts?size=5").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data[0].tags", hasSize(1)).body("data[0].authors", hasSize(1));
    }

    @Test
    void aTagPageReadFromTheTagLinksIsCutDownToo() {
        Response r = given().get("/api/v1/posts?tag=k8s&category=platform&size=4&fields=slug,category");
        r.then().statusCode(200).body("meta.totalItems", equalTo(25)).body("data[0].category.slug", equalTo("platform"));
        for (Map<String, Object> item : r.jsonPath().<Map<String, Object>>getList("data")) {
            assertEquals(Set.of("id", "slug", "category"), item.keySet());
        }
    }

    @Test
    void fieldsAndIncludeTogetherGiveBothSets() {
        Response r = given().get("/api/v1/posts?size=3&fields=slug&include=bodyHtml");
        r.then().statusCode(200).body("data.bodyHtml", everyItem(matchesPattern("<p>Body of Post \\d+</p>")));
        for (Map<String, Object> item : r.jsonPath().<Map<String, Object>>getList("data")) {
            assertEquals(Set.of("id", "slug", "bodyHtml"), item.keySet());
        }
        Response bodies = given().get("/api/v1/posts?size=3&fields=slug,bodyMarkdown");
        for (Map<String, Object> item : bodies.jsonPath().<Map<String, Object>>getList("data")) {
            assertEquals(Set.of("id", "slug", "bodyMarkdown"), item.keySet());
        }
    }

    @Test
    void refusesUnknownOrEmptyNamesNamingTheParameter() {
        given().get("/api/v1/posts?fields=title,password").then().statusCode(400)
                .body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", containsString("'password'"));
        given().get("/api/v1/posts?fields=title,,slug").then().statusCode(400).body("errors[0].field", equalTo("fields"));
        given().get("/api/v1/posts?fields=").then().statusCode(400).body("errors[0].field", equalTo("fields"));
        given().get("/api/v1/posts?fields=title&fields=slug").then().statusCode(400).body("errors[0].field", equalTo("fields"));
        given().get("/api/v1/posts/" + first.id + "?fields=title,author").then().statusCode(400)
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void theQueryReadsOnlyTheColumnsOfTheNamedProperties() {
        String narrow = pageQuery(db.queriesDuring(() -> given().get("/api/v1/posts?size=10&fields=title,publishedAt").then().statusCode(200)));
        assertFalse(narrow.contains("json_agg"), "no tags or authors aggregated: " + narrow);
        assertTrue(narrow.contains("null as body_html") && narrow.contains("null as tags_json"), narrow);
        assertFalse(narrow.contains("join category"), "no category joined: " + narrow);
        assertTrue(narrow.contains("p.title as title"), narrow);
        String full = pageQuery(db.queriesDuring(() -> given().get("/api/v1/posts?size=10&page=2").then().statusCode(200)));
        assertTrue(full.contains("json_agg") && full.contains("join category"), full);
        assertTrue(full.contains("null as body_html"), "the bodies are never read for a plain list: " + full);

        String one = db.queriesDuring(() -> given().get("/api/v1/posts/" + first.id + "?fields=title").then().statusCode(200))
                .stream().filter(q -> q.contains("from post p")).findFirst().orElseThrow();
        assertTrue(one.contains("null as body_markdown") && one.contains("null as body_html"), one);
    }

    @Test
    void narrowingCostsTheSameStatementsAtAnyPageSize() {
        given().get("/api/v1/posts?size=2&fields=title").then().statusCode(200);
        long plain = db.statementsDuring(() -> given().get("/api/v1/posts?size=3&fields=slug").then().statusCode(200));
        long narrow = db.statementsDuring(() -> given().get("/api/v1/posts?size=20&fields=title,tags").then().statusCode(200)
                .body("data", hasSize(20)));
        long withBodies = db.statementsDuring(() -> given().get("/api/v1/posts?size=20&fields=slug&include=body").then().statusCode(200));
        assertEquals(2, plain, "the content version and the page; the total is the one counted first");
        assertEquals(plain, narrow);
        assertEquals(plain, withBodies);
    }

    @Test
    void aCursorWalkWithFieldsSeesEveryPostOnce() {
        List<String> seen = new ArrayList<>();
        String url = "/api/v1/posts?size=7&fields=slug";
        String after = null;
        do {
            JsonPath page = given().get(after == null ? url : url + "&after=" + after).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.slug"));
            after = page.getString("meta.nextCursor");
        } while (after != null);
        assertEquals(25, seen.size());
        assertEquals(25, new HashSet<>(seen).size());

        // What the items carry is not part of the walk: a cursor goes on with other fields, not other filters.
        String cursor = given().get("/api/v1/posts?size=5&fields=slug").then().statusCode(200).extract().path("meta.nextCursor");
        given().get("/api/v1/posts?size=5&fields=title&include=body&after=" + cursor).then().statusCode(200)
                .body("data", hasSize(5)).body("data[0].bodyHtml", notNullValue());
        given().get("/api/v1/posts?size=5&fields=slug&featured=true&after=" + cursor).then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void searchHitsKeepTheirHighlightOnlyWhenAskedFor() {
        given().get("/api/v1/posts?q=kubernetes&size=2&fields=title,highlight").then().statusCode(200)
                .body("data[0].highlight", containsString("<mark>"));
        Response noHighlight = given().get("/api/v1/posts?q=kubernetes&size=2&fields=title");
        for (Map<String, Object> item : noHighlight.jsonPath().<Map<String, Object>>getList("data")) {
            assertEquals(Set.of("id", "title"), item.keySet());
        }
        String query = pageQuery(db.queriesDuring(() -> given().get("/api/v1/posts?q=kubernetes&size=3&fields=slug").then().statusCode(200)));
        assertFalse(query.contains("ts_headline"), "no snippet computed when not asked for: " + query);
    }

    @Test
    void aSinglePostCanBeCutDownAndKeepsItsVersionForIfMatch() {
        Response r = given().get("/api/v1/posts/" + first.id + "?fields=title,bodyHtml,version");
        r.then().statusCode(200).contentType(startsWith(CUT)).header("ETag", startsWith("W/\"v"));
        assertEquals(Set.of("id", "title", "bodyHtml", "version"), r.jsonPath().getMap("").keySet());
        given().get("/api/v1/posts/slug/" + first.slug + "?fields=excerpt").then().statusCode(200)
                .body("excerpt", notNullValue()).body("title", equalTo(null));

        String editor = tokens.as(Role.EDITOR).bearer();
        String versionless = given().get("/api/v1/posts/" + first.id + "?fields=title").then().statusCode(200)
                .header("ETag", startsWith("W/\"")).extract().header("ETag");
        assertFalse(versionless.startsWith("W/\"v"), "a cut without version was not read at a known version: " + versionless);
        given().header("Authorization", editor).header("If-Match", versionless).contentType("application/merge-patch+json")
                .body("{\"title\": \"Renamed\"}").patch("/api/v1/posts/" + first.id).then().statusCode(412);
        given().header("Authorization", editor).header("If-Match", r.getHeader("ETag")).contentType("application/merge-patch+json")
                .body("{\"title\": \"Renamed\"}").patch("/api/v1/posts/" + first.id).then().statusCode(200);
    }

    @Test
    void staffListsCutDownTooAndStillSeeDrafts() {
        fx.post("Draft one").status(PostStatus.DRAFT, null).save();
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).get("/api/v1/posts?status=DRAFT&fields=title,status").then().statusCode(200)
                .contentType(startsWith(CUT)).body("data.title", equalTo(List.of("Draft one"))).body("data[0].status", equalTo("DRAFT"));
    }

    /** The listing's page statement (the one that reads from the deferred join). */
    private static String pageQuery(List<String> queries) {
        return queries.stream().filter(q -> q.contains(") pg join")).findFirst()
                .orElseThrow(() -> new AssertionError("no page query among " + queries));
    }
}
