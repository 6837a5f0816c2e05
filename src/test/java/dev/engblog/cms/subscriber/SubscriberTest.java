package dev.engblog.cms.subscriber;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.category.Category;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.SlowCounterparts;
import dev.engblog.cms.testsupport.SmtpRelay;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SlowCounterparts.class)
class SubscriberTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{20,})");

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;
    @Inject
    NewsletterWorker worker;
    @Inject
    PostService posts;

    Tokens.Staff editor;
    Tokens.Staff admin;
    Category backend;
    Category frontend;

    @BeforeEach
    void clean() {
        db.truncateAll();
        SmtpRelay.reset();
        editor = tokens.as(Role.EDITOR);
        admin = tokens.as(Role.ADMIN);
        backend = fx.category("backend", "Backend");
        frontend = fx.category("frontend", "Frontend");
    }

    /** A mail as the relay (GreenMail) received it: subject, plain text and headers. */
    record Mail(String subject, String text, MimeMessage message) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getSubject(), text(message.getContent()), message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static String text(Object content) throws Exception {
            if (content instanceof Multipart parts) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text.append(part.getContent());
                    }
                }
                return text.toString();
            }
            return content.toString();
        }

        String header(String name) {
            try {
                String[] values = message.getHeader(name);
                return values == null ? null : values[0];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The mails the relay accepted for this address, oldest first. */
    static List<Mail> mailsTo(String address) {
        return SmtpRelay.receivedBy(address).stream().map(Mail::of).toList();
    }

    static Response subscribe(String email, List<String> topics) {
        return given().contentType("application/json").body(Map.of("email", email, "name", "Reader", "topics", topics))
                .post("/api/v1/subscribers");
    }

    static Response post(String path, String token) {
        return given().contentType("application/json").body(Map.of("token", token)).post("/api/v1/subscribers/" + path);
    }

    static String token(Mail mail) {
        Matcher m = TOKEN.matcher(mail.text());
        assertTrue(m.find(), mail.text());
        return m.group(1);
    }

    static String unsubscribeToken(Mail mail) {
        String header = mail.header("List-Unsubscribe");
        Matcher m = TOKEN.matcher(header);
        assertTrue(m.find(), header);
        return m.group(1);
    }

    /** Subscribes, sends the confirmation and confirms: an ACTIVE subscriber. */
    void activeSubscriber(String email, List<String> topics) {
        subscribe(email, topics).then().statusCode(202);
        worker.runOnce();
        List<Mail> mails = mailsTo(email);
        post("confirm", token(mails.get(mails.size() - 1))).then().statusCode(200);
        SmtpRelay.reset();
    }

    String publish(String title, String category) {
        return given().header("Authorization", editor.bearer()).contentType("application/json")
                .body(Map.of("title", title, "category", category, "status", "PUBLISHED", "excerpt", "What " + title + " is about."))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void runsTheWholeDoubleOptInCycle() {
        subscribe("  Reader@Example.ORG ", List.of()).then().statusCode(202).body("status", equalTo("ACCEPTED"));
        assertEquals(0, SmtpRelay.received().size(), "mails go through the outbox, not the request");
        assertEquals(1, worker.runOnce());
        Mail confirmation = mailsTo("Reader@example.org").get(0);
        assertTrue(confirmation.subject().startsWith("Confirm"));
        assertEquals(List.of("List-Unsubscribe=One-Click"), List.of(confirmation.header("List-Unsubscribe-Post")));
        assertTrue(confirmation.text().contains("https://blog.example.com/newsletter/confirm?token="));
        String confirm = token(confirmation);
        assertEquals(0L, ((Number) db.scalar("select count(*) from subscriber_token where token_hash = '" + confirm + "'")).longValue(),
                "tokens are stored only as hashes");

        post("confirm", confirm).then().statusCode(200).body("status", equalTo("ACTIVE"));
        post("confirm", confirm).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?status=ACTIVE").then()
                .body("data.email", contains("Reader@example.org"));

        SmtpRelay.reset();
        String postId = publish("Queues in practice", "backend");
        worker.runOnce();
        Mail newPost = mailsTo("Reader@example.org").get(0);
        assertTrue(newPost.subject().contains("Queues in practice"));
        assertTrue(newPost.text().contains("What Queues in practice is about."));
        assertTrue(newPost.text().contains("https://blog.example.com/posts/queues-in-practice"));
        String unsubscribe = token(newPost);
        assertEquals(unsubscribe, unsubscribeToken(newPost), "the link and the header carry the mail's own token");

        post("unsubscribe", unsubscribe).then().statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
        post("unsubscribe", unsubscribe).then().statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers/counts").then()
                .body("UNSUBSCRIBED", equalTo(1)).body("ACTIVE", equalTo(0));
        given().header("Authorization", admin.bearer()).get("/api/v1/newsletter/posts/" + postId).then().statusCode(200)
                .body("sent", equalTo(1)).body("queued", equalTo(0)).body("failed", equalTo(0));
    }

    @Test
    void oneClickUnsubscribeFromTheMailHeader() {
        activeSubscriber("click@example.com", List.of());
        publish("Header test", "backend");
        worker.runOnce();
        String token = unsubscribeToken(mailsTo("click@example.com").get(0));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/subscribers/unsubscribe/one-click?token=" + token).then().statusCode(200);
        assertEquals("UNSUBSCRIBED", db.scalar("select status from subscriber"));
    }

    @Test
    void answersTheSameWhateverTheAddressState() {
        String fresh = subscribe("same@example.com", List.of()).then().statusCode(202).extract().asString();
        String pending = subscribe("SAME@example.com", List.of()).then().statusCode(202).extract().asString();
        worker.runOnce();
        post("confirm", token(mailsTo("same@example.com").get(0))).then().statusCode(200);
        SmtpRelay.reset();
        String active = subscribe("same@EXAMPLE.com", List.of()).then().statusCode(202).extract().asString();
        worker.runOnce();
        assertEquals(fresh, pending);
        assertEquals(fresh, active);
        assertEquals(0, SmtpRelay.received().size(), "an active subscriber gets nothing new");
        assertEquals(1L, ((Number) db.scalar("select count(*) from subscriber")).longValue(), "one subscriber whatever the case");
    }

    @Test
    void tokensAreSingleUseAndExpire() {
        subscribe("t@example.com", List.of()).then().statusCode(202);
        worker.runOnce();
        String token = token(mailsTo("t@example.com").get(0));
        db.execute("update subscriber_token set expires_at = now() - interval '1 minute' where purpose = 'CONFIRM'");
        post("confirm", token).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token")).body(not(containsString("t@example.com")));
        post("confirm", "no-such-token-at-all-000000000").then().statusCode(404).contentType("application/problem+json");
        post("unsubscribe", "no-such-token-at-all-000000000").then().statusCode(404);
        post("confirm", "").then().statusCode(400);
        assertEquals("PENDING", db.scalar("select status from subscriber"));
    }

    @Test
    void mailsEachPublishOnceToMatchingSubscribersOnly() {
        activeSubscriber("all@example.com", List.of());
        activeSubscriber("backend@example.com", List.of("backend"));
        activeSubscriber("both@example.com", List.of("backend", "frontend"));
        activeSubscriber("frontend@example.com", List.of("frontend"));
        subscribe("pending@example.com", List.of());
        worker.runOnce();
        SmtpRelay.reset();

        String id = publish("Connection pooling", "backend");
        worker.runOnce();
        assertEquals(3, SmtpRelay.received().size());
        for (String to : List.of("all@example.com", "backend@example.com", "both@example.com")) {
            assertEquals(1, mailsTo(to).size(), to);
        }

        SmtpRelay.reset();
        given().header("Authorization", editor.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("status", "DRAFT")).patch("/api/v1/posts/" + id).then().statusCode(200);
        given().header("Authorization", editor.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("status", "PUBLISHED", "title", "Connection pooling, revised")).patch("/api/v1/posts/" + id).then().statusCode(200);
        worker.runOnce();
        assertEquals(0, SmtpRelay.received().size(), "publishing again or editing sends nothing");
    }

    @Test
    void scheduledPostsAreMailedWhenTheirTimeComes() {
        activeSubscriber("sched@example.com", List.of());
        fx.post("Was scheduled").in(backend).status(PostStatus.SCHEDULED, Fixtures.now().minus(1, ChronoUnit.MINUTES)).save();
        fx.post("Still scheduled").in(backend).status(PostStatus.SCHEDULED, Fixtures.now().plus(1, ChronoUnit.DAYS)).save();
        posts.publishDue();
        worker.runOnce();
        List<Mail> mails = mailsTo("sched@example.com");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("Was scheduled"));
        posts.publishDue();
        worker.runOnce();
        assertEquals(1, mailsTo("sched@example.com").size());
    }

    @Test
    void twoWorkersAtOnceSendEachMailOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            db.execute("insert into subscriber (id, email, status, created_at, updated_at) values (gen_random_uuid(), 'r" + i
                    + "@example.com', 'ACTIVE', now(), now())");
        }
        publish("Concurrency", "backend");
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                int total = 0;
                for (int pass = 0; pass < 5; pass++) {
                    total += worker.runOnce();
                }
                return total;
            }));
        }
        int sent = runs.stream().mapToInt(CompletableFuture::join).sum();
        assertEquals(12, sent);
        assertEquals(12, SmtpRelay.received().size());
        for (int i = 0; i < 12; i++) {
            assertEquals(1, mailsTo("r" + i + "@example.com").size());
        }
    }

    @Test
    void aWorkerThatDiesBetweenClaimAndSendLeavesTheMailToBeSentAfterItsLease() {
        activeSubscriber("crash@example.com", List.of());
        publish("Crash test", "backend");
        worker.expandMailings();
        assertThrows(IllegalStateException.class, () -> worker.sendBatch(() -> {
            throw new IllegalStateException("killed after claiming");
        }));
        assertEquals(0, SmtpRelay.received().size());
        assertEquals("SENDING", db.scalar("select status from outbox_mail where kind = 'NEW_POST'"));
        worker.runOnce();
        assertEquals(0, SmtpRelay.received().size(), "another worker leaves a claimed mail alone while its lease runs");
        db.execute("update outbox_mail set lease_until = now() - interval '1 second'");
        worker.runOnce();
        assertEquals(1, mailsTo("crash@example.com").size());
        assertEquals(2, ((Number) db.scalar("select attempts from outbox_mail where kind = 'NEW_POST'")).intValue());
    }

    @Test
    void validatesSignUpsAndLimitsThemPerAddress() {
        subscribe("not-an-email", List.of()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        subscribe("x@example.com", List.of("no-such-topic")).then().statusCode(400).body("errors[0].field", equalTo("topics[0]"));
        given().contentType("application/json").body(Map.of("email", "x@example.com", "admin", true)).post("/api/v1/subscribers")
                .then().statusCode(400).body("errors[0].field", equalTo("admin"));
        for (int i = 0; i < 8; i++) {
            subscribe("many" + i + "@example.com", List.of()).then().statusCode(202).header("RateLimit-Limit", "10");
        }
        subscribe("eleventh@example.com", List.of()).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void limitsConfirmationMailsPerAddressButAnswersAlike() {
        for (int i = 0; i < 5; i++) {
            subscribe("victim@example.com", List.of()).then().statusCode(202);
        }
        worker.runOnce();
        assertEquals(3, mailsTo("victim@example.com").size());
    }

    @Test
    void adminsListPatchExportAndEraseSubscribers() throws Exception {
        activeSubscriber("alice@example.com", List.of("backend"));
        subscribe("bob_the@example.com", List.of("frontend"));
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?topic=backend").then()
                .body("data.email", contains("alice@example.com")).body("data[0].topics", contains("backend"));
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?q=_the").then().body("data.email", contains("bob_the@example.com"));
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?q=%25").then().body("data.size()", equalTo(0));
        String id = given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?status=PENDING").path("data[0].id");
        given().header("Authorization", admin.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("topics", List.of("backend", "frontend"), "name", "Bob")).patch("/api/v1/subscribers/" + id)
                .then().statusCode(200).body("topics", contains("backend", "frontend")).body("name", equalTo("Bob"))
                .body("$", not(org.hamcrest.Matchers.hasKey("token")));

        String csv = given().header("Authorization", admin.bearer()).get("/api/v1/subscribers/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
        assertEquals(2, rows.size());
        assertEquals("backend frontend", rows.stream().filter(r -> r.get("email").equals("bob_the@example.com")).findFirst().orElseThrow().get("topics"));

        given().header("Authorization", editor.bearer()).get("/api/v1/subscribers").then().statusCode(403);
        given().header("Authorization", editor.bearer()).get("/api/v1/subscribers/export").then().statusCode(403);
        given().get("/api/v1/subscribers").then().statusCode(401);
        given().header("Authorization", editor.bearer()).delete("/api/v1/subscribers/" + id).then().statusCode(403);

        given().header("Authorization", admin.bearer()).delete("/api/v1/subscribers/" + id).then().statusCode(204);
        assertEquals(0L, ((Number) db.scalar("select count(*) from subscriber where email = 'bob_the@example.com'")).longValue());
        assertEquals(0L, ((Number) db.scalar("select count(*) from subscriber_topic where subscriber_id = '" + id + "'")).longValue());
        assertFalse(given().header("Authorization", admin.bearer()).get("/api/v1/subscribers/export").asString().contains("bob_the"));
    }

    @Test
    void adminsReplaceASubscriberWithPutAndStaleIfMatchChangesNothing() {
        activeSubscriber("carol@example.com", List.of("backend", "frontend"));
        String id = given().header("Authorization", admin.bearer()).get("/api/v1/subscribers?q=carol").path("data[0].id");
        String etag = given().header("Authorization", admin.bearer()).get("/api/v1/subscribers/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", admin.bearer()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("name", "Carol")).put("/api/v1/subscribers/" + id)
                .then().statusCode(200).body("name", equalTo("Carol")).body("topics.size()", equalTo(0))
                .body("email", equalTo("carol@example.com"));
        given().header("Authorization", admin.bearer()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("name", "Lost", "topics", List.of("backend"))).put("/api/v1/subscribers/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", admin.bearer()).get("/api/v1/subscribers/" + id).then()
                .body("name", equalTo("Carol")).body("topics.size()", equalTo(0));
        given().header("Authorization", editor.bearer()).contentType("application/json").body(Map.of("name", "Eve"))
                .put("/api/v1/subscribers/" + id).then().statusCode(403);
    }
}
