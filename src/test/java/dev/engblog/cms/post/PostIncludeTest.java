package dev.engblog.cms.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code include} adds the bodies to list items (a static build reads 100 posts a page), at the same statement count. */
@QuarkusTest
class PostIncludeTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @BeforeEach
    void posts() {
        db.truncateAll();
        var tag = fx.tag("t1", "T1");
        for (int i = 0; i < 60; i++) {
            fx.post("Post " + i).tagged(tag).body("Body **" + i + "**").save();
        }
    }

    @Test
    void listItemsCarryNoBodiesUnlessIncluded() {
        given().get("/api/v1/posts?size=3").then().statusCode(200)
                .body("data", everyItem(not(hasKey("bodyMarkdown")))).body("data", everyItem(not(hasKey("bodyHtml"))));
        given().get("/api/v1/posts?size=3&include=body").then().statusCode(200)
                .body("data", hasSize(3))
                .body("data.bodyMarkdown", everyItem(matchesPattern("Body \\*\\*\\d+\\*\\*")))
                .body("data.bodyHtml", everyItem(matchesPattern("<p>Body of Post \\d+</p>")));
        given().get("/api/v1/posts?size=3&include=bodyHtml").then().statusCode(200)
                .body("data", everyItem(hasKey("bodyHtml"))).body("data", everyItem(not(hasKey("bodyMarkdown"))));
        given().get("/api/v1/posts?size=3&tag=t1&include=bodyMarkdown").then().statusCode(200)
                .body("data", everyItem(hasKey("bodyMarkdown"))).body("data", everyItem(not(hasKey("bodyHtml"))));
    }

    @Test
    void refusesAnUnknownIncludeNamingIt() {
        given().get("/api/v1/posts?include=body,comments").then().statusCode(400)
                .body("errors[0].field", equalTo("include"));
    }

    @Test
    void bodiesCostNoExtraStatementsAtAnyPageSize() {
        given().get("/api/v1/posts?size=2&include=body").then().statusCode(200);
        long one = db.statementsDuring(() -> given().get("/api/v1/posts?size=1&include=body").then().statusCode(200));
        long hundred = db.statementsDuring(() -> given().get("/api/v1/posts?size=50&include=body").then().statusCode(200)
                .body("data", hasSize(50)));
        assertEquals(2, one, "the content version and the page (with its bodies); the total is the one counted");
        assertEquals(one, hundred);
    }
}
