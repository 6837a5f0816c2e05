package dev.engblog.cms.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.media.TestImages;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The media library announces uploads, text changes and deletes as media.created|updated|deleted. */
@QuarkusTest
class MediaEventsTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    WebhookWorker worker;

    WebhookTest.Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        db.truncateAll();
        receiver = new WebhookTest.Receiver();
    }

    @AfterEach
    void stop() {
        receiver.server.stop(0);
    }

    @Test
    void uploadsChangesAndDeletesAreAnnounced() {
        given().header("Authorization", tokens.as(Role.ADMIN).bearer()).contentType("application/json")
                .body(Map.of("name", "Media", "url", receiver.url(), "events", List.of("media.*")))
                .post("/api/v1/webhooks").then().statusCode(201);
        String editor = tokens.as(Role.EDITOR).bearer();
        String id = given().header("Authorization", editor).multiPart("file", "a.jpg", TestImages.jpeg(320, 200), "image/jpeg")
                .post("/api/v1/media").then().statusCode(201).extract().path("id");
        given().header("Authorization", editor).contentType("application/merge-patch+json").body(Map.of("alt", "A chart"))
                .patch("/api/v1/media/" + id).then().statusCode(200);
        given().header("Authorization", editor).delete("/api/v1/media/" + id).then().statusCode(204);
        while (worker.runOnce() > 0) {
            // drain the outbox
        }
        List<String> events = receiver.received.stream().filter(r -> r.body().contains(id)).map(r -> r.header("CMS-Event")).toList();
        assertEquals(List.of("media.created", "media.updated", "media.deleted"), events);
    }
}
