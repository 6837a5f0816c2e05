package dev.engblog.cms.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

    /** A receiver in the test JVM: records what arrives, answers with the queued status codes (then 200). */
    static final class Receiver {
        record Request(Map<String, List<String>> headers, String body) {
            String header(String name) {
                return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                        .map(e -> e.getValue().get(0)).orElse(null);
            }
        }

        final List<Request> received = new CopyOnWriteArrayList<>();
        final Deque<Integer> answers = new ArrayDeque<>();
        final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                received.add(new Request(Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                Integer code;
                synchronized (answers) {
                    code = answers.isEmpty() ? 200 : answers.poll();
                }
                exchange.sendResponseHeaders(code, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }
    }

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    WebhookWorker worker;

    Tokens.Staff admin;
    Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.server.stop(0);
    }

    JsonPath createHook(List<String> events) {
        return given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Indexer", "url", receiver.url(), "events", events))
                .post("/api/v1/webhooks").then().statusCode(201).body("secret", matchesPattern("whsec_[0-9a-f]{64}"))
                .extract().jsonPath();
    }

    void createCategory(String name) {
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("name", name))
                .post("/api/v1/categories").then().statusCode(201);
    }

    /** The documented recipe a receiver implements. */
    static boolean verify(String secret, String signatureHeader, String body) {
        String t = null;
        String v1 = null;
        for (String part : signatureHeader.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        boolean fresh = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 300;
        return fresh && WebhookWorker.sign(secret, t + "." + body).equals(v1);
    }

    @Test
    void deliversOneSignedPostPerChange() throws Exception {
        JsonPath hook = createHook(List.of("category.*"));
        String secret = hook.getString("secret");
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + hook.getString("id")).then()
                .body("secret", nullValue());
        createCategory("Observability");
        assertEquals(1, worker.runOnce());
        assertEquals(0, worker.runOnce());

        assertEquals(1, receiver.received.size());
        Receiver.Request request = receiver.received.get(0);
        assertEquals("category.created", request.header("CMS-Event"));
        assertNotNull(request.header("CMS-Delivery"));
        assertTrue(verify(secret, request.header("CMS-Signature"), request.body()), "the documented signature verifies");
        assertTrue(!verify("whsec_other", request.header("CMS-Signature"), request.body()));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("category.created", body.get("event").asText());
        assertEquals("observability", body.at("/data/current/slug").asText());
        assertTrue(body.at("/data/previous").isNull());
        assertTrue(body.get("occurredAt").asText().endsWith("Z"));
    }

    @Test
    void retriesAReceiverThatFailsAndLogsEveryAttempt() {
        String id = createHook(List.of("category.created")).getString("id");
        receiver.answers.add(500);
        receiver.answers.add(500);
        createCategory("Retry me");
        worker.runOnce();
        worker.runOnce();
        worker.runOnce();
        assertEquals(3, receiver.received.size());
        assertEquals(receiver.received.get(0).header("CMS-Delivery"), receiver.received.get(2).header("CMS-Delivery"),
                "the same delivery id, so receivers can deduplicate");
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("data[0].status", equalTo("SUCCEEDED")).body("data[0].attempts", equalTo(3))
                .body("data[0].log.responseCode", equalTo(List.of(500, 500, 200)))
                .body("meta.totalItems", equalTo(1)).body("links.next", nullValue());
    }

    @Test
    void stopsOnGoneAndIgnoresEventsNotSubscribed() {
        String id = createHook(List.of("tag.created")).getString("id");
        createCategory("Not subscribed");
        assertEquals(0, worker.runOnce());
        receiver.answers.add(410);
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("name", "Gone"))
                .post("/api/v1/tags").then().statusCode(201);
        worker.runOnce();
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + id).then().body("active", equalTo(false));
        given().header("Authorization", admin.bearer()).contentType("application/json").body(Map.of("name", "After gone"))
                .post("/api/v1/tags").then().statusCode(201);
        worker.runOnce();
        assertEquals(1, receiver.received.size());
    }

    @Test
    void postEventsCarryCurrentAndPreviousAndRedeliveryWorks() throws Exception {
        String id = createHook(List.of("post.*")).getString("id");
        String post = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("title", "Hooked", "status", "PUBLISHED")).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin.bearer()).contentType("application/merge-patch+json").body(Map.of("title", "Hooked again"))
                .patch("/api/v1/posts/" + post).then().statusCode(200);
        given().header("Authorization", admin.bearer()).delete("/api/v1/posts/" + post).then().statusCode(204);
        worker.runOnce();
        List<String> events = receiver.received.stream().map(r -> r.header("CMS-Event")).toList();
        assertEquals(List.of("post.added", "post.published", "post.updated", "post.published.edited", "post.deleted"), events);
        JsonNode updated = new ObjectMapper().readTree(receiver.received.get(2).body());
        assertEquals("Hooked again", updated.at("/data/current/title").asText());
        assertEquals("Hooked", updated.at("/data/previous/title").asText());
        assertTrue(new ObjectMapper().readTree(receiver.received.get(4).body()).at("/data/current").isNull());

        String delivery = given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + id + "/deliveries").path("data[0].id");
        given().header("Authorization", admin.bearer()).post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(202);
        worker.runOnce();
        // The redelivery sends that delivery once more, with the same CMS-Delivery id. (Counted by id, not in
        // total: delivery is at least once, and a try the client saw fail is retried even if the receiver got it.)
        assertEquals(2, receiver.received.stream().filter(r -> delivery.equals(r.header("CMS-Delivery"))).count());
        assertEquals(5, receiver.received.stream().map(r -> r.header("CMS-Delivery")).distinct().count());
    }

    @Test
    void rotatesTheSecret() {
        JsonPath hook = createHook(List.of("category.*"));
        String rotated = given().header("Authorization", admin.bearer()).post("/api/v1/webhooks/" + hook.getString("id") + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        createCategory("After rotation");
        worker.runOnce();
        Receiver.Request r = receiver.received.get(0);
        assertTrue(verify(rotated, r.header("CMS-Signature"), r.body()));
        assertTrue(!verify(hook.getString("secret"), r.header("CMS-Signature"), r.body()));
        assertEquals(0L, ((Number) db.scalar("select count(*) from webhook where secret_encrypted like '%whsec_%'")).longValue(),
                "the secret is stored encrypted");
    }

    @Test
    void refusesNonHttpAndPrivateTargetsUnlessAllowed() {
        for (String url : List.of("ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@example.com/")) {
            given().header("Authorization", admin.bearer()).contentType("application/json")
                    .body(Map.of("name", "Bad", "url", url, "events", List.of("post.*"))).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        for (String url : List.of("http://127.0.0.1:8080/", "http://localhost/", "http://10.0.0.1/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://100.64.0.1/", "http://0.0.0.0/")) {
            assertNotNull(TargetGuard.refusal(url, false), url + " must be refused when private targets are not allowed");
        }
        assertNull(TargetGuard.refusal("http://127.0.0.1:8080/", true));
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Bad", "url", receiver.url(), "events", List.of("post.created"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("events[0]"));
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).get("/api/v1/webhooks").then().statusCode(403);
        given().get("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void listsWebhooksInTheListEnvelopeAndRefusesPagingParameters() {
        createHook(List.of("post.*"));
        createHook(List.of("tag.*"));
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks").then().statusCode(200)
                .body("data.size()", equalTo(2)).body("data[0].events", equalTo(List.of("post.*")))
                .body("data[0].secret", nullValue())
                .body("meta.page", equalTo(1)).body("meta.totalItems", equalTo(2)).body("meta.totalPages", equalTo(1))
                .body("meta.nextCursor", nullValue()).body("links.next", nullValue()).body("links.prev", nullValue());
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks?page=2").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void replacesAWebhookWithPutAndRefusesAStaleIfMatch() {
        JsonPath hook = createHook(List.of("post.*"));
        String id = hook.getString("id");
        String etag = given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", admin.bearer()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("name", "Search", "url", receiver.url(), "events", List.of("tag.created"), "active", false))
                .put("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("name", equalTo("Search")).body("events", equalTo(List.of("tag.created"))).body("active", equalTo(false))
                .body("version", equalTo(hook.getInt("version") + 1));
        given().header("Authorization", admin.bearer()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("name", "Lost update", "url", receiver.url(), "events", List.of("post.*")))
                .put("/api/v1/webhooks/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "No events", "url", receiver.url()))
                .put("/api/v1/webhooks/" + id).then().statusCode(400).body("errors[0].field", equalTo("events"));
        given().header("Authorization", admin.bearer()).get("/api/v1/webhooks/" + id).then().body("name", equalTo("Search"));
    }
}
