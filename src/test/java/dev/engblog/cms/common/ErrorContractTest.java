package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorContractTest {

    @Test
    void answersUnknownPathsWithProblemJson() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", notNullValue()).body("title", equalTo("Not Found")).body("status", equalTo(404))
                .body("detail", notNullValue());
    }

    @Test
    void answersWrongMethodWithProblemJson() {
        given().delete("/api/v1/categories").then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void answersUnacceptableMediaTypeWithProblemJson() {
        given().accept("application/xml").get("/api/v1/posts").then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    @Test
    void neverLeaksInternalsWhateverTheInput() {
        for (String q : new String[] {"%25", "%00", "%27%22", "%5C", "%F0%9F%92%A5", "%ff%fe"}) {
            String body = given().urlEncodingEnabled(false).get("/api/v1/posts?category=" + q + "&tag=" + q + "&author=" + q)
                    .then().extract().asString();
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Exception")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("SQL")));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString("org.")));
        }
    }
}
