package dev.engblog.cms.subscriber;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriberExportTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    @BeforeEach
    void clean() {
        db.truncateAll();
    }

    private static void subscribe(String email, String name) {
        given().contentType("application/json").body(Map.of("email", email, "name", name)).post("/api/v1/subscribers")
                .then().statusCode(202);
    }

    @Test
    void exportNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws Exception {
        subscribe("formula@example.com", "=HYPERLINK(\"https://evil.example\",\"click\")");
        subscribe("plus@example.com", "+1 555 0100");
        subscribe("minus@example.com", "-2+3");
        subscribe("at@example.com", "@SUM(A1:A9)");
        subscribe("+tagged@example.com", "Plain Reader");

        String csv = given().header("Authorization", tokens.as(Role.ADMIN).bearer()).get("/api/v1/subscribers/export")
                .then().statusCode(200).extract().asString();
        Map<String, CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords().stream()
                .collect(Collectors.toMap(r -> r.get("email"), r -> r));

        assertEquals("'=HYPERLINK(\"https://evil.example\",\"click\")", rows.get("formula@example.com").get("name"));
        assertEquals("'+1 555 0100", rows.get("plus@example.com").get("name"));
        assertEquals("'-2+3", rows.get("minus@example.com").get("name"));
        assertEquals("'@SUM(A1:A9)", rows.get("at@example.com").get("name"));
        assertEquals("Plain Reader", rows.get("'+tagged@example.com").get("name"));
    }
}
