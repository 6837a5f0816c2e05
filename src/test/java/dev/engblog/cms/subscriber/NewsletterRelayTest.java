package dev.engblog.cms.subscriber;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.SlowCounterparts;
import dev.engblog.cms.testsupport.SmtpRelay;
import dev.engblog.cms.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newsletter worker against a real SMTP relay that is slow (each mail takes longer than the
 * transaction timeout of this profile) or refuses some recipients: every mail leaves once, its links
 * work, retries are counted and bounded, and no database connection waits on the relay.
 */
@QuarkusTest
@TestProfile(SlowCounterparts.class)
class NewsletterRelayTest {

    private static final Pattern CONFIRM = Pattern.compile("confirm\\?token=([A-Za-z0-9_-]{20,})");

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    NewsletterWorker worker;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() {
        db.truncateAll();
        SmtpRelay.reset();
    }

    static void subscribe(String email) {
        given().contentType("application/json").body(Map.of("email", email)).post("/api/v1/subscribers").then().statusCode(202);
    }

    static String confirmToken(MimeMessage mail) throws Exception {
        Matcher m = CONFIRM.matcher(mail.getContent().toString().replace("=\r\n", ""));
        assertTrue(m.find(), "a confirmation link in " + mail.getContent());
        return m.group(1);
    }

    @Test
    void aRelaySlowerThanTheTransactionTimeoutGetsEveryMailOnceWithLinksThatWork() throws Exception {
        List<String> readers = List.of("ada@example.com", "grace@example.com");
        readers.forEach(NewsletterRelayTest::subscribe);
        SmtpRelay.slowDownTo(Duration.ofMillis(4500));
        AtomicLong busiest = new AtomicLong(-1);
        SmtpRelay.whileDelivering(recipient -> busiest.accumulateAndGet(dataSource.getMetrics().activeCount(), Math::max));

        assertEquals(2, worker.runOnce(), "9 s of sending against a 4 s transaction timeout");
        assertEquals(0, worker.runOnce(), "nothing is sent again");

        assertEquals(0, busiest.get(), "no pooled connection is held while the relay takes its time");
        for (String reader : readers) {
            List<MimeMessage> mails = SmtpRelay.receivedBy(reader);
            assertEquals(1, mails.size(), reader + " gets one confirmation");
            given().contentType("application/json").body(Map.of("token", confirmToken(mails.get(0))))
                    .post("/api/v1/subscribers/confirm").then().statusCode(200).body("status", equalTo("ACTIVE"));
        }
        assertEquals(2L, ((Number) db.scalar("select count(*) from outbox_mail where status = 'SENT' and attempts = 1")).longValue());
    }

    @Test
    void aRecipientTheRelayKeepsRefusingFailsAfterBoundedRetriesWithoutHoldingUpTheOthers() {
        SmtpRelay.refuse("busy@example.com");
        subscribe("busy@example.com");
        subscribe("fine@example.com");

        for (int run = 0; run < 5; run++) {
            worker.runOnce();
        }

        assertEquals(1, SmtpRelay.receivedBy("fine@example.com").size());
        assertEquals(0, SmtpRelay.receivedBy("busy@example.com").size());
        Object[] failed = (Object[]) db.scalarRow(
                "select m.status, m.attempts, m.last_error from outbox_mail m join subscriber s on s.id = m.subscriber_id "
                        + "where s.email = 'busy@example.com'");
        assertEquals("FAILED", failed[0]);
        assertEquals(3, ((Number) failed[1]).intValue(), "three attempts (the configured maximum), no more");
        assertTrue(failed[2].toString().contains("451"), "the relay's answer is kept: " + failed[2]);
    }

    @Test
    void aPostThatWentBackToDraftBeforeItsMailsLeftIsNotMailed() {
        String editor = tokens.as(Role.EDITOR).bearer();
        subscribe("reader@example.com");
        worker.runOnce();
        String token = SmtpRelay.receivedBy("reader@example.com").stream().map(m -> {
            try {
                return confirmToken(m);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        given().contentType("application/json").body(Map.of("token", token)).post("/api/v1/subscribers/confirm").then().statusCode(200);

        String post = given().header("Authorization", editor).contentType("application/json")
                .body(Map.of("title", "Too early", "status", "PUBLISHED")).post("/api/v1/posts").then().statusCode(201)
                .extract().path("id");
        worker.expandMailings();
        given().header("Authorization", editor).contentType("application/merge-patch+json").body(Map.of("status", "DRAFT"))
                .patch("/api/v1/posts/" + post).then().statusCode(200);
        worker.runOnce();

        assertEquals(1, SmtpRelay.receivedBy("reader@example.com").size(), "only the confirmation");
        given().header("Authorization", tokens.as(Role.ADMIN).bearer()).get("/api/v1/newsletter/posts/" + post).then()
                .body("cancelled", equalTo(1)).body("sent", equalTo(0));

        given().header("Authorization", editor).contentType("application/merge-patch+json").body(Map.of("status", "PUBLISHED"))
                .patch("/api/v1/posts/" + post).then().statusCode(200);
        worker.runOnce();
        assertEquals(2, SmtpRelay.receivedBy("reader@example.com").size(), "published again, it is mailed after all");
    }

    @Test
    void everyMailCarriesAMessageIdThatStaysTheSameAcrossAttempts() throws Exception {
        subscribe("dup@example.com");
        assertEquals(1, worker.runOnce());
        db.execute("update outbox_mail set status = 'QUEUED', next_attempt_at = now()");
        assertEquals(1, worker.runOnce());
        List<MimeMessage> mails = SmtpRelay.receivedBy("dup@example.com");
        assertEquals(2, mails.size());
        Set<String> ids = mails.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toCollection(ConcurrentHashMap::newKeySet));
        assertEquals(1, ids.size(), "receivers deduplicate a resend on its Message-ID: " + ids);
        assertTrue(ids.iterator().next().matches("<[0-9a-f-]{36}@[^>]+>"));
    }
}
