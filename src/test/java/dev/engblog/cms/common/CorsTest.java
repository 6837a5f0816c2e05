package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @Test
    void publicReadsAreOpenToAnyOrigin() {
        given().header("Origin", "https://someones-frontend.example").get("/api/v1/posts").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        given().header("Origin", "https://someones-frontend.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/posts").then().statusCode(204).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void writesAndTokenReadsOnlyFromConfiguredOrigins() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/posts").then().statusCode(204).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/posts").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://admin.example.com").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/posts/x").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://admin.example.com"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().header("Origin", "https://evil.example").contentType("application/json").body("{}").post("/api/v1/posts")
                .then().statusCode(401).header("Access-Control-Allow-Origin", nullValue());
    }
}
