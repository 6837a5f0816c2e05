package dev.engblog.cms.ghost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ghost's Content API: the routes, key rules, parameters, shapes and errors Ghost's own clients rely on. */
@QuarkusTest
class GhostContentApiTest {

    static final String API = "/ghost/api/content/";

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Tokens.Staff admin;
    String key;

    @BeforeEach
    void data() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
        key = newKey();
    }

    String newKey() {
        return given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Ghost frontend", "kind", "content"))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
    }

    RequestSpecification ghost() {
        return given().queryParam("key", key);
    }

    @Test
    void withoutAKeyIs403NoPermissionAndAnUnknownKeyIs401() {
        given().when().get(API + "posts/").then().statusCode(403)
                .contentType("application/json")
                .body("errors[0].type", equalTo("NoPermissionError"))
                .body("errors[0].message", equalTo("Authorization failed"));
        given().queryParam("key", "0123456789abcdef0123456789").when().get(API + "posts/").then().statusCode(401)
                .body("errors[0].type", equalTo("UnauthorizedError"))
                .body("errors[0].message", equalTo("Unknown Content API Key"));
        String adminKey = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Indexer", "kind", "admin", "role", "EDITOR"))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        given().queryParam("key", adminKey).when().get(API + "posts/").then().statusCode(401);
    }

    @Test
    void browsesPostsInGhostsShapeWithPaginationMetaAndVersionHeaders() {
        var devops = fx.category("devops", "DevOps");
        Tag k8s = fx.tag("kubernetes", "Kubernetes");
        var ada = fx.author("ada", "Ada");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fx.post("Older").in(devops).tagged(k8s).by(ada).publishedAt(now.minus(2, ChronoUnit.DAYS)).save();
        fx.post("Newer").by(ada).publishedAt(now.minus(1, ChronoUnit.DAYS)).save();
        fx.post("Draft").status(PostStatus.DRAFT, null).save();

        var browsed = ghost().header("Accept-Version", "v5.0").queryParam("include", "tags,authors").queryParam("unknown", "ignored")
                .when().get(API + "posts/");
        assertTrue(browsed.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Accept-Version")), browsed.headers().toString());
        browsed.then().statusCode(200)
                .header("Content-Version", "v5.0")
                .header("Access-Control-Allow-Origin", "*")
                .body("posts.title", contains("Newer", "Older"))
                .body("meta.pagination.page", equalTo(1))
                .body("meta.pagination.limit", equalTo(15))
                .body("meta.pagination.pages", equalTo(1))
                .body("meta.pagination.total", equalTo(2))
                .body("meta.pagination.next", nullValue())
                .body("meta.pagination.prev", nullValue())
                .body("posts[1].primary_tag.slug", equalTo("devops"))
                .body("posts[1].tags.slug", contains("devops", "kubernetes"))
                .body("posts[1].primary_author.slug", equalTo("ada"))
                .body("posts[1].html", equalTo("<p>Body of Older</p>"))
                .body("posts[1].published_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+00:00"))
                .body("posts[1].url", equalTo("https://blog.example.com/posts/" + "older-"
                        + db.scalar("select substr(id::text, 1, 8) from post where title = 'Older'")))
                .body("posts[1].reading_time", equalTo(1))
                .body("posts[1].meta_title", nullValue())
                .body("posts[1]", hasKey("feature_image"));

        // The legacy prefixes answer the same; without include there are no relations.
        ghost().when().get("/ghost/api/v3/content/posts/").then().statusCode(200)
                .body("posts.title", contains("Newer", "Older"))
                .body("posts[0]", not(hasKey("tags")));
        ghost().queryParam("fields", "title,slug").queryParam("formats", "plaintext").queryParam("limit", "1").queryParam("page", "2")
                .queryParam("order", "published_at asc")
                .when().get(API + "posts/")
                .then().statusCode(200)
                .body("posts", hasSize(1))
                .body("posts[0].keySet()", containsInAnyOrder("title", "slug"))
                .body("posts[0].title", equalTo("Newer"))
                .body("meta.pagination.pages", equalTo(2))
                .body("meta.pagination.prev", equalTo(1));
        ghost().queryParam("formats", "plaintext").queryParam("limit", "all").when().get(API + "posts/")
                .then().statusCode(200).body("meta.pagination.limit", equalTo(100))
                .body("posts[0].plaintext", equalTo("Body of Newer")).body("posts[0]", not(hasKey("html")));
    }

    @Test
    void readsOnePostByIdOrSlugWithoutMetaAndHidesDrafts() {
        var post = fx.post("Read me").save();
        var draft = fx.post("Not yet").status(PostStatus.DRAFT, null).save();
        ghost().when().get(API + "posts/" + post.id + "/").then().statusCode(200)
                .body("posts", hasSize(1)).body("posts[0].slug", equalTo(post.slug)).body("$", not(hasKey("meta")));
        ghost().queryParam("slug", post.slug).when().get(API + "posts/slug/" + post.slug + "/").then().statusCode(200)
                .body("posts[0].id", equalTo(post.id.toString()));
        ghost().when().get(API + "posts/slug/" + draft.slug + "/").then().statusCode(404)
                .body("errors[0].type", equalTo("NotFoundError"));
        ghost().when().get(API + "posts/" + draft.id + "/").then().statusCode(404);
        ghost().when().get(API + "pages/").then().statusCode(200).body("pages", empty()).body("meta.pagination.total", equalTo(0));
        ghost().when().get(API + "pages/slug/about/").then().statusCode(404).body("errors[0].type", equalTo("NotFoundError"));
    }

    @Test
    void filtersWithNqlWhereTwoTagsMeanBoth() {
        Tag a = fx.tag("a", "A");
        Tag b = fx.tag("b", "B");
        fx.post("Only A").tagged(a).save();
        fx.post("Only B").tagged(b).save();
        fx.post("Both").tagged(a, b).featured().save();
        ghost().queryParam("filter", "tag:a+tag:b").when().get(API + "posts/").then().statusCode(200).body("posts.title", contains("Both"));
        ghost().queryParam("filter", "tag:[a,b]").when().get(API + "posts/").then().statusCode(200)
                .body("posts.title", containsInAnyOrder("Only A", "Only B", "Both"));
        ghost().queryParam("filter", "tag:a+tag:-b").when().get(API + "posts/").then().statusCode(200).body("posts.title", contains("Only A"));
        ghost().queryParam("filter", "featured:true,tag:b+tag:-a").when().get(API + "posts/").then().statusCode(200)
                .body("posts.title", containsInAnyOrder("Only B", "Both"));
        ghost().queryParam("filter", "slug:'x\\' or 1=1 --'").when().get(API + "posts/").then().statusCode(200).body("posts", empty());
        ghost().queryParam("filter", "colour:red").when().get(API + "posts/").then().statusCode(400)
                .body("errors[0].type", equalTo("BadRequestError"))
                .body("errors[0].context", containsString("colour"));
        ghost().queryParam("filter", "tag:a+").when().get(API + "posts/").then().statusCode(400)
                .body("errors[0].message", equalTo("Error parsing filter"));
    }

    @Test
    void tagsAndAuthorsCountDistinctPublicPosts() {
        var devops = fx.category("devops", "DevOps");
        Tag k8s = fx.tag("kubernetes", "Kubernetes");
        fx.tag("unused", "Unused");
        var ada = fx.author("ada", "Ada");
        var bob = fx.author("bob", "Bob");
        fx.post("One").in(devops).tagged(k8s).by(ada, bob).save();
        fx.post("Two").tagged(k8s).by(ada).save();
        fx.post("Hidden").in(devops).tagged(k8s).by(ada).status(PostStatus.DRAFT, null).save();

        ghost().queryParam("include", "count.posts").queryParam("order", "count.posts desc").when().get(API + "tags/")
                .then().statusCode(200)
                .body("tags.slug", contains("kubernetes", "devops", "unused"))
                .body("tags.count.posts", contains(2, 1, 0))
                .body("tags[1].url", equalTo("https://blog.example.com/categories/devops"))
                .body("meta.pagination.total", equalTo(3));
        ghost().queryParam("filter", "slug:[devops,kubernetes]").when().get(API + "tags/").then().statusCode(200)
                .body("tags.slug", contains("devops", "kubernetes")).body("tags[0]", not(hasKey("count")));
        for (String browse : List.of("tags/", "authors/")) {
            String page = db.queriesDuring(() -> ghost().when().get(API + browse + "?limit=2").then().statusCode(200)).stream()
                    .filter(q -> q.contains(") pg join")).findFirst().orElseThrow();
            assertTrue(page.contains("null as post_count"), "without include=count.posts nothing is counted: " + page);
        }
        ghost().when().get(API + "tags/slug/devops/").then().statusCode(200).body("tags[0].name", equalTo("DevOps"));
        ghost().queryParam("include", "count.posts").when().get(API + "authors/").then().statusCode(200)
                .body("authors.slug", contains("ada", "bob"))
                .body("authors.count.posts", contains(2, 1))
                .body("authors[0].bio", equalTo("Writes about Ada."));
        ghost().when().get(API + "authors/" + ada.id + "/").then().statusCode(200).body("authors[0].slug", equalTo("ada"));
        ghost().when().get(API + "authors/slug/nobody/").then().statusCode(404).body("errors[0].type", equalTo("NotFoundError"));
    }

    @Test
    void settingsAreOneObject() {
        ghost().when().get(API + "settings/").then().statusCode(200)
                .body("settings.title", equalTo("Engineering Blog"))
                .body("settings.url", equalTo("https://blog.example.com/"))
                .body("meta", equalTo(Map.of()));
    }

    @Test
    void answersBrowserPreflightsForAnyOriginAllowingAcceptVersion() {
        given().header("Origin", "https://theme.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-version")
                .when().options(API + "posts/")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", containsString("Accept-Version"));
    }

    @Test
    void aFirstPageReusesTheCachedTotalSoItsStatementsStayFixed() {
        Tag k8s = fx.tag("kubernetes", "Kubernetes");
        var ada = fx.author("ada", "Ada");
        for (int i = 0; i < 30; i++) {
            fx.post("Post " + i).tagged(k8s).by(ada).save();
        }
        ghost().when().get(API + "settings/").then().statusCode(200); // records the key's first use
        String url = API + "posts/?include=tags,authors&limit=";
        long first = db.statementsDuring(() -> ghost().get(url + 15).then().statusCode(200).body("meta.pagination.total", equalTo(30)));
        long again = db.statementsDuring(() -> ghost().get(url + 15).then().statusCode(200).body("meta.pagination.total", equalTo(30)));
        long bigger = db.statementsDuring(() -> ghost().get(url + 29).then().statusCode(200).body("posts", hasSize(29)));
        assertEquals(again + 1, first, "the first request after a change counts once");
        assertEquals(4, again, "the key, its rate limit, the page (with tags and authors) and the content version");
        assertEquals(again, bigger, "a page of any size reuses the same total");
        assertEquals(4, db.statementsDuring(() -> ghost().get(url + 29).then().statusCode(200)));
    }
}
