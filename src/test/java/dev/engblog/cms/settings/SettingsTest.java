package dev.engblog.cms.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Tokens.Staff admin;

    @BeforeEach
    void defaults() {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
    }

    Response patch(Tokens.Staff who, String ifMatch, Object body) {
        var req = given().header("Authorization", who.bearer()).contentType("application/merge-patch+json").body(body);
        return (ifMatch == null ? req : req.header("If-Match", ifMatch)).patch("/api/v1/settings");
    }

    @Test
    void startsFromTheEnvironmentAndAdminsChangeIt() {
        Response initial = given().get("/api/v1/settings");
        initial.then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("title", equalTo("Engineering Blog"))
                .body("language", equalTo("en")).body("timezone", equalTo("UTC"))
                .body("navigation", empty()).body("accentColor", nullValue())
                .body("newsletterSender", equalTo("newsletter@engblog.dev"));

        Response changed = patch(admin, initial.header("ETag"), Map.of("title", "Ideas from the build",
                "accentColor", "#2563eb", "timezone", "Europe/Berlin",
                "navigation", List.of(Map.of("label", "Blog", "url", "/"), Map.of("label", "About", "url", "https://example.com/about")),
                "socialAccounts", List.of(Map.of("network", "github", "url", "https://github.com/engblog"))));
        changed.then().statusCode(200)
                .body("title", equalTo("Ideas from the build"))
                .body("navigation.label", contains("Blog", "About"))
                .body("socialAccounts[0].network", equalTo("github"))
                .body("version", equalTo(1));
        // A stale version changes nothing.
        patch(admin, initial.header("ETag"), Map.of("title", "Lost update")).then().statusCode(412);
        given().get("/api/v1/settings").then().body("title", equalTo("Ideas from the build")).body("timezone", equalTo("Europe/Berlin"));

        // Feeds take their title from here.
        org.junit.jupiter.api.Assertions.assertEquals("Ideas from the build",
                io.restassured.path.json.JsonPath.from(given().get("/api/v1/feeds/posts.json").then().statusCode(200).extract().asString())
                        .getString("title"));
        given().get("/api/v1/feeds/posts.rss").then().statusCode(200).body(containsString("<title>Ideas from the build</title>"));
    }

    @Test
    void validatesAndAllowsAdminsOnly() {
        patch(admin, null, Map.of("timezone", "Mars/Olympus")).then().statusCode(400).body("errors[0].field", equalTo("timezone"));
        patch(admin, null, Map.of("accentColor", "blue")).then().statusCode(400).body("errors[0].field", equalTo("accentColor"));
        patch(admin, null, Map.of("navigation", List.of(Map.of("label", "x", "url", "javascript:alert(1)")))).then().statusCode(400)
                .body("errors[0].field", equalTo("navigation[0].url"));
        patch(admin, null, Map.of("newsletterSender", "not an address")).then().statusCode(400)
                .body("errors[0].field", equalTo("newsletterSender"));
        patch(tokens.as(Role.EDITOR), null, Map.of("title", "Mine")).then().statusCode(403);
        given().contentType("application/merge-patch+json").body(Map.of("title", "Mine")).patch("/api/v1/settings").then().statusCode(401);
        given().get("/api/v1/settings").then().body("title", equalTo("Engineering Blog")).body("version", equalTo(0));
    }
}
