package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void reportsLiveAndReadyWithTheDatabaseChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void echoesTheRequestIdOrMakesOne() {
        given().header("X-Request-Id", "trace-42").get("/api/v1/posts").then().header("X-Request-Id", equalTo("trace-42"));
        given().header("X-Request-Id", "bad id with spaces").get("/api/v1/posts/not-a-uuid").then().statusCode(400)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void exposesPrometheusMetricsPerRouteTemplateAndPool() {
        given().get("/api/v1/posts/slug/some-slug").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.containsString("uri=\"/api/v1/posts/slug/{slug}\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.containsString("agroal_active_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.containsString("cms_posts_published_total"));
    }

    @Test
    void servesTheApiReferencePage() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("swagger"));
    }

    @Test
    void committedOpenApiDocumentIsExactlyWhatTheBuildGenerates() throws Exception {
        String built = Files.readString(Path.of("target/openapi/openapi.yaml"));
        String committed = Files.readString(Path.of("openapi.yaml"));
        assertEquals(built, committed, "openapi.yaml drifted from the code: cp target/openapi/openapi.yaml openapi.yaml");
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        // Served at runtime, the same document may order keys differently: compare as data.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(yaml.readTree(built), yaml.readTree(served));
    }
}
