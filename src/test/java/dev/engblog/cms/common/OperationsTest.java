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
