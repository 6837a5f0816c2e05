package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Categories, tags and authors answer {@code fields} like posts do: only the named properties, and
 * the post count (a subquery per item) only when asked for, so a navigation menu that needs names
 * and slugs does not count anything.
 */
@QuarkusTest
class TaxonomyFieldsTest {

    private static final String CUT = "application/vnd.engblog.fields+json";

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @BeforeEach
    void content() {
        db.truncateAll();
        var platform = fx.category("platform", "Platform");
        fx.category("data", "Data");
        var k8s = fx.tag("k8s", "Kubernetes");
        var ana = fx.author("ana", "Ana Lima");
        fx.post("One").in(platform).tagged(k8s).by(ana).save();
        fx.post("Two").in(platform).tagged(k8s).by(ana).save();
    }

    @Test
    void listsCarryOnlyTheNamedPropertiesAndCountNothingUnlessAsked() {
        for (String list : List.of("categories", "tags", "authors")) {
            Response r = given().get("/api/v1/" + list + "?fields=name,slug");
            r.then().statusCode(200).contentType(startsWith(CUT));
            for (Map<String, Object> item : r.jsonPath().<Map<String, Object>>getList("data")) {
                assertEquals(Set.of("id", "name", "slug"), item.keySet(), list);
            }
            String page = pageQuery(db.queriesDuring(() -> given().get("/api/v1/" + list + "?fields=name,slug&size=5").then().statusCode(200)));
            assertFalse(page.contains("count(*)"), list + " counted posts it was not asked for: " + page);
            assertTrue(page.contains("null as post_count"), page);
        }
        Response counted = given().get("/api/v1/categories?fields=name&include=postCount&sort=-postCount");
        counted.then().statusCode(200).body("data[0].name", equalTo("Platform")).body("data[0].postCount", equalTo(2))
                .body("data[1].postCount", equalTo(0));
        assertEquals(Set.of("id", "name", "postCount"), counted.jsonPath().getMap("data[0]").keySet());
    }

    @Test
    void theDefaultShapeIsUnchangedAndIncludeOfADefaultPropertyChangesNothing() {
        given().get("/api/v1/tags").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data[0].postCount", equalTo(2)).body("data[0].description", equalTo(null));
        given().get("/api/v1/tags?include=postCount").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data[0].postCount", equalTo(2));
    }

    @Test
    void singleReadsCutDownByIdAndBySlug() {
        String id = given().get("/api/v1/authors/slug/ana").then().statusCode(200).extract().path("id");
        Response initials = given().get("/api/v1/authors/" + id + "?fields=initials");
        initials.then().statusCode(200).contentType(startsWith(CUT)).body("initials", equalTo("AL"));
        assertEquals(Set.of("id", "initials"), initials.jsonPath().getMap("").keySet());
        given().get("/api/v1/tags/slug/k8s?fields=postCount").then().statusCode(200).body("postCount", equalTo(2));
        given().get("/api/v1/categories/slug/platform?fields=description,name").then().statusCode(200)
                .body("name", equalTo("Platform"));
    }

    @Test
    void unknownPropertiesAreRefusedNamingTheParameter() {
        given().get("/api/v1/tags?fields=name,posts").then().statusCode(400)
                .body("errors[0].field", equalTo("fields")).body("errors[0].message", containsString("'posts'"));
        given().get("/api/v1/authors?include=email").then().statusCode(400).body("errors[0].field", equalTo("include"));
        given().get("/api/v1/categories/slug/platform?fields=secret").then().statusCode(400).body("errors[0].field", equalTo("fields"));
    }

    private static String pageQuery(List<String> queries) {
        return queries.stream().filter(q -> q.contains(") pg join")).findFirst()
                .orElseThrow(() -> new AssertionError("no page query among " + queries));
    }
}
