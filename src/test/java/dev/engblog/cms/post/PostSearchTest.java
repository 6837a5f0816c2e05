package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostSearchTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
    }

    @Test
    void findsAWordDeepInOneBody() {
        String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(600);
        Post deep = fx.post("A long read").body(filler + "The flux capacitor needs recalibration. " + filler).save();
        fx.post("Another long read").body(filler).save();

        given().get("/api/v1/posts?q=capacitor").then().statusCode(200)
                .body("data.id", contains(deep.id.toString()))
                .body("meta.totalItems", equalTo(1));
    }

    @Test
    void ranksTitleHitAboveBodyHitWhenNoSortIsGiven() {
        Post bodyHit = fx.post("Operating databases").body("We moved everything to kubernetes last year.").save();
        Post titleHit = fx.post("Kubernetes in production").body("Notes from the trenches.")
                .publishedAt(Fixtures.now().minusSeconds(86_400 * 30)).save();

        given().get("/api/v1/posts?q=kubernetes").then().statusCode(200)
                .body("data.id", contains(titleHit.id.toString(), bodyHit.id.toString()));
        given().get("/api/v1/posts?q=kubernetes&sort=-publishedAt").then().statusCode(200)
                .body("data.id", contains(bodyHit.id.toString(), titleHit.id.toString()));
    }

    @Test
    void understandsQuotedPhrasesAndExclusions() {
        Post phrase = fx.post("Connection pooling").body("Tune the connection pool before scaling out.").save();
        Post scattered = fx.post("Pool of ideas").body("A connection between teams matters; the pool is shared.").save();

        given().get("/api/v1/posts?q=\"connection pool\"").then().body("data.id", contains(phrase.id.toString()));
        given().get("/api/v1/posts?q=pool -teams").then().body("data.id", contains(phrase.id.toString()));
        given().get("/api/v1/posts?q=pool").then().body("meta.totalItems", equalTo(2));
        given().get("/api/v1/posts?q=" + scattered.slug.substring(0, 4) + "zzzz").then().body("data", empty());
    }

    @Test
    void marksTheMatchesOfEachHitInEscapedHtml() {
        fx.post("Tuning Kubernetes & Docker: 5 < 6, \"quoted\" it's").body("Nothing to see.").save();
        Post bodyHit = fx.post("Operating databases").excerpt("Notes.")
                .body("Lorem ipsum dolor. ".repeat(40) + "Then we moved to <b>kubernetes</b> & never looked back. " + "Tail. ".repeat(40))
                .publishedAt(Fixtures.now().minusSeconds(86_400)).save();

        var hits = given().get("/api/v1/posts?q=kubernetes").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(2)).extract().jsonPath();
        String title = hits.getString("data[0].highlight");
        String body = hits.getString("data[1].highlight");
        assertEquals(bodyHit.id.toString(), hits.getString("data[1].id"));
        org.junit.jupiter.api.Assertions.assertTrue(title.contains("<mark>Kubernetes</mark> &amp; Docker"), title);
        org.junit.jupiter.api.Assertions.assertTrue(title.contains("5 &lt; 6") && title.contains("&quot;quoted&quot; it&#39;s"), title);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("<mark>kubernetes</mark>"), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.length() < 400, "a snippet, not the body: " + body);
        for (String snippet : List.of(title, body)) {
            String text = snippet.replace("<mark>", "").replace("</mark>", "");
            org.junit.jupiter.api.Assertions.assertFalse(text.matches("(?s).*[<>\"'].*"), "escaped: " + snippet);
        }
        given().get("/api/v1/posts").then().statusCode(200)
                .body("data[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("highlight")));
    }

    @Test
    void treatsHostileSearchTextAsText() {
        fx.post("Plain post").save();
        for (String q : List.of("%", "'", "\"", "'; drop table post; --", "a & b | !c", ":*", "\\", "<script>", "((")) {
            given().queryParam("q", q).get("/api/v1/posts").then().statusCode(200).body("data", empty());
        }
        given().get("/api/v1/posts").then().body("meta.totalItems", equalTo(1));
    }

    @Test
    void pagesThroughSearchResultsWithCursors() {
        for (int i = 0; i < 5; i++) {
            fx.post("Observability part " + i).body("tracing ".repeat(i + 1)).save();
        }
        var first = given().get("/api/v1/posts?q=tracing&size=2").jsonPath();
        List<String> seen = new java.util.ArrayList<>(first.getList("data.id"));
        String next = first.getString("meta.nextCursor");
        while (next != null) {
            var page = given().queryParam("q", "tracing").queryParam("size", 2).queryParam("after", next)
                    .get("/api/v1/posts").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.id"));
            next = page.getString("meta.nextCursor");
        }
        org.junit.jupiter.api.Assertions.assertEquals(5, new java.util.HashSet<>(seen).size());
        org.junit.jupiter.api.Assertions.assertEquals(5, seen.size());
    }
}
