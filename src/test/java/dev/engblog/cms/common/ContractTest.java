package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engblog.cms.testsupport.Contract;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself: every API test goes through it, and it is strict where a lax document
 * or a lax validator would let a client break (nulls, missing properties, extra properties,
 * undocumented statuses and headers). Starts from a real answer of the running app and changes one
 * thing at a time.
 */
@QuarkusTest
class ContractTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;

    Response real;
    String path;

    @BeforeEach
    void publishOnePost() {
        db.truncateAll();
        fx.post("Contracts that hold").slug("contracts-that-hold").body("Checked **on every request**.").save();
        path = "/api/v1/posts/slug/contracts-that-hold";
        real = given().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void everyApiTestRunsThroughTheContractFilter() {
        assertTrue(RestAssured.filters().contains(Contract.filter()), "installed for every @QuarkusTest by ContractValidation");
        assertTrue(report(real.asString(), 200, r -> { }).getMessages().isEmpty(), "the real answer is valid");
    }

    @Test
    void refusesNullWhereTheDocumentAllowsNoneAndAcceptsItWhereAllowed() {
        assertTrue(report(body(b -> b.putNull("title")), 200, r -> { }).hasErrors(), "title is never null");
        assertTrue(report(body(b -> b.putNull("seo")), 200, r -> { }).hasErrors(), "seo is always an object");
        assertFalse(report(body(b -> b.putNull("coverImageUrl")), 200, r -> { }).hasErrors(), "coverImageUrl may be null");
        assertFalse(report(body(b -> b.putNull("publishedAt")), 200, r -> { }).hasErrors(), "drafts have no publishedAt");
    }

    @Test
    void refusesMissingAndUndocumentedProperties() {
        assertTrue(report(body(b -> b.remove("slug")), 200, r -> { }).hasErrors(), "slug is required");
        assertTrue(report(body(b -> b.remove("coverImageUrl")), 200, r -> { }).hasErrors(), "nullable is not optional");
        assertTrue(report(body(b -> b.put("internalNote", "x")), 200, r -> { }).hasErrors(), "no undocumented property");
    }

    @Test
    void refusesUndocumentedStatusesAndMissingHeaders() {
        assertTrue(report(real.asString(), 500, r -> { }).hasErrors(), "500 is never documented");
        assertTrue(report(real.asString(), 201, r -> { }).hasErrors(), "a read does not create");
        ValidationReport noEtag = validator().validateResponse(path, Request.Method.GET, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(real.asString())
                .withHeader("Cache-Control", real.header("Cache-Control")).build());
        assertTrue(noEtag.hasErrors(), "ETag is required on a 200: " + describe(noEtag));
    }

    private ValidationReport report(String body, int status, Consumer<SimpleResponse.Builder> extra) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body)
                .withHeader("ETag", real.header("ETag")).withHeader("Cache-Control", real.header("Cache-Control"));
        extra.accept(response);
        return validator().validateResponse(path, Request.Method.GET, response.build());
    }

    private String body(Consumer<ObjectNode> change) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode body = (ObjectNode) json.readTree(real.asString());
            change.accept(body);
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OpenApiInteractionValidator validator() {
        return Contract.filter().validator();
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().map(ValidationReport.Message::getMessage).collect(Collectors.joining("; "));
    }
}
