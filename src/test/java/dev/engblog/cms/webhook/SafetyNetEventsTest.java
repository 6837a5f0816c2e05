package dev.engblog.cms.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events of issue 16: a restored revision and changed site settings reach the webhooks that asked for them. */
@QuarkusTest
class SafetyNetEventsTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    WebhookWorker worker;

    WebhookTest.Receiver receiver;
    Tokens.Staff admin;

    @BeforeEach
    void start() throws IOException {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
        receiver = new WebhookTest.Receiver();
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Safety nets", "url", receiver.url(), "events", List.of("post.restored", "settings.*")))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    @AfterEach
    void stop() {
        receiver.server.stop(0);
    }

    List<WebhookTest.Receiver.Request> delivered() {
        while (worker.runOnce() > 0) {
            // drain
        }
        return receiver.received;
    }

    @Test
    void aRestoreAndASettingsChangeAreDelivered() {
        Response created = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("title", "First words")).post("/api/v1/posts");
        String id = created.path("id");
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).contentType("application/merge-patch+json")
                .body(Map.of("title", "Second words")).patch("/api/v1/posts/" + id).then().statusCode(200);
        given().header("Authorization", admin.bearer()).post("/api/v1/posts/" + id + "/revisions/1/restore").then().statusCode(200);
        given().header("Authorization", admin.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("title", "A new name")).patch("/api/v1/settings").then().statusCode(200);

        List<WebhookTest.Receiver.Request> requests = delivered();
        assertEquals(List.of("post.restored", "settings.updated"), requests.stream().map(r -> r.header("CMS-Event")).toList());
        assertTrue(requests.get(0).body().contains("\"title\":\"First words\""), requests.get(0).body());
        assertTrue(requests.get(1).body().contains("\"title\":\"A new name\""), requests.get(1).body());
    }

    @Test
    void theNewEventsAreAllowedAndOthersStillRefused() {
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "x", "url", receiver.url(), "events", List.of("settings.updated", "post.restored")))
                .post("/api/v1/webhooks").then().statusCode(201);
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "x", "url", receiver.url(), "events", List.of("settings.deleted")))
                .post("/api/v1/webhooks").then().statusCode(400);
    }
}
