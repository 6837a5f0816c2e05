package dev.engblog.cms.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.SlowCounterparts;
import dev.engblog.cms.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery worker against receivers that misbehave: one that hangs past the webhook timeout
 * (and past this profile's 4 s transaction timeout), and a webhook whose secret cannot be decrypted.
 */
@QuarkusTest
@TestProfile(SlowCounterparts.class)
class WebhookReceiverTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    WebhookWorker worker;
    @Inject
    AgroalDataSource dataSource;

    HttpServer server;
    final List<String> hanging = new CopyOnWriteArrayList<>();
    final List<String> fine = new CopyOnWriteArrayList<>();
    volatile long hangMillis = 4500;
    final AtomicLong busiest = new AtomicLong(-1);
    String admin;

    @BeforeEach
    void start() throws IOException {
        db.truncateAll();
        admin = tokens.as(Role.ADMIN).bearer();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/hang", exchange -> {
            hanging.add(exchange.getRequestHeaders().getFirst("CMS-Delivery"));
            busiest.accumulateAndGet(dataSource.getMetrics().activeCount(), Math::max);
            try {
                Thread.sleep(hangMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/fine", exchange -> {
            fine.add(exchange.getRequestHeaders().getFirst("CMS-Delivery"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String hook(String path) {
        return given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("name", path, "url", "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path,
                        "events", List.of("category.created")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    void createCategory(String name) {
        given().header("Authorization", admin).contentType("application/json").body(Map.of("name", name))
                .post("/api/v1/categories").then().statusCode(201);
    }

    Object[] delivery(String webhook) {
        return db.scalarRow("select status, attempts, last_error from webhook_delivery where webhook_id = '" + webhook + "'");
    }

    @Test
    void aReceiverThatHangsIsTimedOutRetriedAndCountedWhileOthersStillGetTheirs() {
        String slow = hook("hang");
        String quick = hook("fine");
        createCategory("Observability");

        assertEquals(2, worker.runOnce());

        assertEquals(1, fine.size(), "the other webhook got its delivery");
        assertEquals(1, hanging.size());
        assertEquals(0, busiest.get(), "no pooled connection is held while a receiver takes its time");
        Object[] timedOut = delivery(slow);
        assertEquals("QUEUED", timedOut[0], "to be tried again");
        assertEquals(1, ((Number) timedOut[1]).intValue(), "the attempt was counted although it outlived a transaction timeout");
        assertTrue(timedOut[2].toString().contains("no answer"), timedOut[2].toString());
        assertEquals("SUCCEEDED", delivery(quick)[0]);

        hangMillis = 0;
        worker.runOnce();
        assertEquals(2, hanging.size());
        assertEquals(hanging.get(0), hanging.get(1), "the same CMS-Delivery: receivers deduplicate on it");
        assertEquals("SUCCEEDED", delivery(slow)[0]);
        assertEquals(2, ((Number) delivery(slow)[1]).intValue());
        assertEquals(1, fine.size(), "a delivery that succeeded is never sent again");
    }

    @Test
    void retriesAreBoundedByTheConfiguredNumberOfTries() {
        String slow = hook("hang");
        createCategory("Never answered in time");
        for (int run = 0; run < 5; run++) {
            worker.runOnce();
        }
        assertEquals(3, hanging.size(), "three tries (the configured maximum), no more");
        assertEquals("FAILED", delivery(slow)[0]);
        assertEquals(3L, ((Number) db.scalar("select count(*) from webhook_attempt")).longValue(), "every try is in the log");
    }

    @Test
    void aWebhookWhoseSecretCannotBeDecryptedFailsWithItsReasonAndBlocksNothing() {
        String broken = hook("fine");
        String working = hook("fine");
        db.execute("update webhook set secret_encrypted = 'v1.0badc0de.AAAA' where id = '" + broken + "'");
        createCategory("Still delivered");

        worker.runOnce();

        assertEquals(1, fine.size());
        Object[] failed = delivery(broken);
        assertEquals("FAILED", failed[0]);
        assertTrue(failed[2].toString().contains("0badc0de"), failed[2].toString());
        assertEquals("SUCCEEDED", delivery(working)[0]);
    }

    @Test
    void aDeliveryWhoseWorkerDiedIsSentAgainOnlyAfterItsLease() {
        hook("fine");
        createCategory("Crash");
        assertEquals(1, worker.claim().size(), "claimed, then the worker dies before sending");
        assertEquals(0, worker.runOnce(), "another worker leaves it alone while the lease runs");
        db.execute("update webhook_delivery set lease_until = now() - interval '1 second'");
        assertEquals(1, worker.runOnce());
        assertEquals(1, fine.size());
        assertEquals(2, ((Number) db.scalar("select attempts from webhook_delivery")).intValue(), "the crashed try is counted");
    }
}
