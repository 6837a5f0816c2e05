package dev.engblog.cms.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purge deletes what is older than its retention, keeps everything newer or still needed. */
@QuarkusTest
class RetentionPurgeTest {

    @Inject
    Db db;
    @Inject
    Tokens tokens;
    @Inject
    RetentionPurge purge;
    @Inject
    AgroalDataSource dataSource;

    UUID user;
    UUID subscriber = UUID.randomUUID();
    UUID webhook = UUID.randomUUID();

    @BeforeEach
    void data() {
        db.truncateAll();
        user = tokens.as(Role.ADMIN).userId();
        db.execute("insert into subscriber (id, email, status, created_at, updated_at) values ('" + subscriber
                + "', 'reader@example.com', 'ACTIVE', now(), now())");
        db.execute("insert into webhook (id, name, url, events, secret_encrypted, created_at, updated_at) values ('" + webhook
                + "', 'hook', 'https://hooks.example.com/x', '{post.*}', 'x', now(), now())");
    }

    /** The values of one text column, sorted. */
    private List<String> names(String column, String table) {
        String joined = (String) db.scalar("select coalesce(string_agg(" + column + ", ',' order by " + column + "), '') from " + table);
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static List<String> sorted(UUID... ids) {
        return Stream.of(ids).map(UUID::toString).sorted().toList();
    }

    @Test
    void deletesRateLimitCountersAfterTheirRetentionInBatches() {
        db.execute("insert into rate_limit (bucket, window_start, hits) select 'old-' || i, now() - interval '3 days', 1"
                + " from generate_series(1, 250) i");
        db.execute("insert into rate_limit (bucket, window_start, hits) values ('login:recent', now() - interval '1 hour', 3)");

        Map<String, Integer> deleted = purge.runOnce();

        assertEquals(250, deleted.get("rate-limit counters"));
        assertEquals(List.of("login:recent"), names("bucket", "rate_limit"));
    }

    @Test
    void deletesRefreshTokensLongExpiredOrRevokedButKeepsUsedOnesForReuseDetection() {
        refreshToken("expired-long-ago", "now() - interval '8 days'", null, null);
        refreshToken("revoked-long-ago", "now() + interval '20 days'", null, "now() - interval '8 days'");
        refreshToken("used-not-expired", "now() + interval '20 days'", "now() - interval '8 days'", null);
        refreshToken("expired-recently", "now() - interval '1 day'", null, null);
        refreshToken("live", "now() + interval '30 days'", null, null);

        purge.runOnce();

        assertEquals(List.of("expired-recently", "live", "used-not-expired"),
                names("token_hash", "refresh_token"));
    }

    @Test
    void deletesSpentConfirmationTokensAndUnsubscribeTokensOfOldMails() {
        subscriberToken("confirm-used", "CONFIRM", "now() - interval '9 days'", "now() - interval '8 days'", "now() + interval '1 day'");
        subscriberToken("confirm-expired", "CONFIRM", "now() - interval '10 days'", null, "now() - interval '8 days'");
        subscriberToken("confirm-open", "CONFIRM", "now()", null, "now() + interval '2 days'");
        subscriberToken("confirm-used-today", "CONFIRM", "now() - interval '1 day'", "now()", "now() + interval '1 day'");
        subscriberToken("unsubscribe-ancient", "UNSUBSCRIBE", "now() - interval '400 days'", null, null);
        subscriberToken("unsubscribe-recent", "UNSUBSCRIBE", "now() - interval '100 days'", null, null);

        purge.runOnce();

        assertEquals(List.of("confirm-open", "confirm-used-today", "unsubscribe-recent"),
                names("token_hash", "subscriber_token"));
    }

    @Test
    void deletesFinishedWebhookDeliveriesAndAttemptsAfterTheirRetention() {
        UUID oldSuccess = delivery("SUCCEEDED", "now() - interval '32 days'", "now() - interval '31 days'");
        UUID oldFailure = delivery("FAILED", "now() - interval '31 days'", null);
        UUID stillQueued = delivery("QUEUED", "now() - interval '31 days'", null);
        UUID recent = delivery("SUCCEEDED", "now() - interval '2 days'", "now() - interval '1 day'");
        attempt(oldSuccess, "now() - interval '31 days'");
        attempt(stillQueued, "now() - interval '31 days'");
        attempt(recent, "now() - interval '1 day'");

        purge.runOnce();

        assertEquals(sorted(recent, stillQueued), names("id::text", "webhook_delivery"));
        assertEquals(List.of(recent.toString()), names("delivery_id::text", "webhook_attempt"));
        assertEquals(0L, count("select count(*) from webhook_delivery where id in ('" + oldSuccess + "', '" + oldFailure + "')"));
    }

    @Test
    void deletesSentSkippedAndFailedMailsAfterTheirRetention() {
        mail("SENT", "now() - interval '32 days'", "now() - interval '31 days'");
        mail("SKIPPED", "now() - interval '31 days'", null);
        mail("FAILED", "now() - interval '31 days'", null);
        UUID queued = mail("QUEUED", "now() - interval '31 days'", null);
        UUID sentRecently = mail("SENT", "now() - interval '2 days'", "now() - interval '1 day'");

        purge.runOnce();

        assertEquals(sorted(queued, sentRecently), names("id::text", "outbox_mail"));
    }

    @Test
    void skipsTheRoundWhileAnotherInstanceIsPurging() throws Exception {
        db.execute("insert into rate_limit (bucket, window_start, hits) values ('old', now() - interval '3 days', 1)");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RetentionPurge.LOCK_KEY);
                lock.execute();
            }
            Map<String, Integer> deleted = purge.runOnce();
            assertTrue(deleted.values().stream().allMatch(n -> n == 0), deleted.toString());
            assertEquals(1L, count("select count(*) from rate_limit"));
            other.rollback();
        }
        assertEquals(1, purge.runOnce().get("rate-limit counters"));
        assertEquals(0L, count("select count(*) from rate_limit"));
    }

    private long count(String sql) {
        return ((Number) db.scalar(sql)).longValue();
    }

    private void refreshToken(String hash, String expiresAt, String usedAt, String revokedAt) {
        db.execute("insert into refresh_token (id, user_id, family_id, token_hash, created_at, expires_at, used_at, revoked_at)"
                + " values (gen_random_uuid(), '" + user + "', gen_random_uuid(), '" + hash + "', now() - interval '40 days', "
                + expiresAt + ", " + usedAt + ", " + revokedAt + ")");
    }

    private void subscriberToken(String hash, String purpose, String createdAt, String usedAt, String expiresAt) {
        db.execute("insert into subscriber_token (token_hash, subscriber_id, purpose, created_at, expires_at, used_at) values ('"
                + hash + "', '" + subscriber + "', '" + purpose + "', " + createdAt + ", " + expiresAt + ", " + usedAt + ")");
    }

    private UUID delivery(String status, String createdAt, String deliveredAt) {
        UUID id = UUID.randomUUID();
        db.execute("insert into webhook_delivery (id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at,"
                + " delivered_at) values ('" + id + "', '" + webhook + "', 'post.published', '{}', '" + status + "', 1, "
                + createdAt + ", " + createdAt + ", " + deliveredAt + ")");
        return id;
    }

    private void attempt(UUID delivery, String at) {
        db.execute("insert into webhook_attempt (id, delivery_id, attempted_at, response_code, duration_ms) values (gen_random_uuid(), '"
                + delivery + "', " + at + ", 200, 5)");
    }

    private UUID mail(String status, String createdAt, String sentAt) {
        UUID id = UUID.randomUUID();
        db.execute("insert into outbox_mail (id, kind, subscriber_id, status, attempts, next_attempt_at, created_at, sent_at) values ('"
                + id + "', 'CONFIRM', '" + subscriber + "', '" + status + "', 1, " + createdAt + ", " + createdAt + ", " + sentAt + ")");
        return id;
    }
}
