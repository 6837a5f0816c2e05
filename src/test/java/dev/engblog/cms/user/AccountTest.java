package dev.engblog.cms.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.SlowCounterparts;
import dev.engblog.cms.testsupport.SmtpRelay;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password resets, temporary passwords and invitations, with the mails going through a real SMTP relay
 * (GreenMail in the test JVM) that can hold a mail or refuse it.
 */
@QuarkusTest
@TestProfile(SlowCounterparts.class)
class AccountTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Original-Walrus-Sings-7";

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Tokens.Staff admin;
    String userId;

    @BeforeEach
    void anAccount() {
        db.truncateAll();
        SmtpRelay.reset();
        admin = tokens.as(Role.ADMIN);
        userId = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("email", "ana@example.com", "displayName", "Ana", "role", "AUTHOR", "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    static Response login(String email, String password) {
        return given().contentType("application/json").body(Map.of("email", email, "password", password)).post("/api/v1/auth/token");
    }

    static Response json(String path, Object body) {
        return given().contentType("application/json").body(body).post(path);
    }

    /** The text of the latest mail the relay accepted for the address (it arrives after the answer). */
    static String mailTo(String address) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<MimeMessage> mails = SmtpRelay.receivedBy(address);
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1).getContent().toString();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail to " + address);
    }

    static String token(String mail) {
        Matcher m = TOKEN.matcher(mail);
        assertTrue(m.find(), mail);
        return m.group(1);
    }

    @Test
    void aResetTokenWorksOnceAndEndsEveryLogin() throws Exception {
        String refresh = login("ana@example.com", PASSWORD).then().statusCode(200).extract().path("refreshToken");
        Response known = json("/api/v1/auth/password-reset", Map.of("email", "ANA@example.com"));
        Response unknown = json("/api/v1/auth/password-reset", Map.of("email", "nobody@example.com"));
        known.then().statusCode(202).header("RateLimit-Limit", "5");
        unknown.then().statusCode(202);
        assertEquals(known.asString(), unknown.asString(), "the same answer for any address");
        String token = token(mailTo("ana@example.com"));
        assertTrue(mailTo("ana@example.com").contains("http://localhost:3000/admin/reset-password?token="));
        assertEquals(0, SmtpRelay.receivedBy("nobody@example.com").size());
        assertEquals(0L, ((Number) db.scalar("select count(*) from account_token where token_hash = '" + token + "'")).longValue(),
                "stored hashed");

        json("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short")).then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        // A weak password refuses the whole request: the token stays usable.
        json("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Brand-New-Lantern-42")).then().statusCode(204);
        json("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Another-New-Lantern-43")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("token"));
        login("ana@example.com", PASSWORD).then().statusCode(401);
        login("ana@example.com", "Brand-New-Lantern-42").then().statusCode(200);
        json("/api/v1/auth/refresh", Map.of("refreshToken", refresh)).then().statusCode(401);
    }

    @Test
    void aResetTokenWorksWithinItsHourOnly() throws Exception {
        json("/api/v1/auth/password-reset", Map.of("email", "ana@example.com")).then().statusCode(202);
        String token = token(mailTo("ana@example.com"));
        db.execute("update account_token set created_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute'");
        json("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Brand-New-Lantern-42")).then().statusCode(400)
                .body("errors[0].field", equalTo("token"));
        login("ana@example.com", PASSWORD).then().statusCode(200);
    }

    @Test
    void resetRequestsAreRateLimitedPerAddress() {
        for (int i = 0; i < 5; i++) {
            json("/api/v1/auth/password-reset", Map.of("email", "someone" + i + "@example.com")).then().statusCode(202);
        }
        json("/api/v1/auth/password-reset", Map.of("email", "ana@example.com")).then().statusCode(429)
                .header("Retry-After", notNullValue()).contentType("application/problem+json");
    }

    @Test
    void anAdminSetsATemporaryPasswordThatTheNextSignInMustReplace() {
        String refresh = login("ana@example.com", PASSWORD).path("refreshToken");
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).contentType("application/json")
                .body(Map.of("password", "Temporary-Pass-Word-1")).post("/api/v1/users/" + userId + "/temporary-password").then().statusCode(403);
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("password", "Temporary-Pass-Word-1")).post("/api/v1/users/" + userId + "/temporary-password").then().statusCode(204);
        json("/api/v1/auth/refresh", Map.of("refreshToken", refresh)).then().statusCode(401);
        login("ana@example.com", PASSWORD).then().statusCode(401);

        login("ana@example.com", "Temporary-Pass-Word-1").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        json("/api/v1/auth/token", Map.of("email", "ana@example.com", "password", "Temporary-Pass-Word-1", "newPassword", "Temporary-Pass-Word-1"))
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        json("/api/v1/auth/token", Map.of("email", "ana@example.com", "password", "Temporary-Pass-Word-1", "newPassword", "Her-Own-Choice-2026"))
                .then().statusCode(200).body("accessToken", notNullValue());
        login("ana@example.com", "Temporary-Pass-Word-1").then().statusCode(401);
        login("ana@example.com", "Her-Own-Choice-2026").then().statusCode(200);
    }

    @Test
    void anInvitedPersonSetsTheirOwnPasswordOnce() throws Exception {
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).contentType("application/json")
                .body(Map.of("email", "new@example.com", "role", "EDITOR")).post("/api/v1/users/invitations").then().statusCode(403);
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("email", "ana@example.com", "role", "EDITOR")).post("/api/v1/users/invitations").then().statusCode(409);
        given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("email", "new@example.com", "role", "EDITOR", "displayName", "Newcomer"))
                .post("/api/v1/users/invitations").then().statusCode(202)
                .body("email", equalTo("new@example.com")).body("role", equalTo("EDITOR")).body("expiresAt", notNullValue());
        String invitation = mailTo("new@example.com");
        assertTrue(invitation.contains("http://localhost:3000/admin/accept-invitation?token="));
        String token = token(invitation);

        json("/api/v1/auth/invitations/accept", Map.of("token", token, "password", "My-Own-Secret-Phrase-9")).then().statusCode(200)
                .body("email", equalTo("new@example.com")).body("role", equalTo("EDITOR")).body("displayName", equalTo("Newcomer"))
                .body("authorId", notNullValue());
        json("/api/v1/auth/invitations/accept", Map.of("token", token, "password", "My-Own-Secret-Phrase-9")).then().statusCode(400)
                .body("errors[0].field", equalTo("token"));
        login("new@example.com", "My-Own-Secret-Phrase-9").then().statusCode(200);
    }

    @Test
    void theAnswerDoesNotWaitForTheRelay() throws Exception {
        CountDownLatch delivering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SmtpRelay.whileDelivering(recipient -> {
            delivering.countDown();
            await(release);
        });
        json("/api/v1/auth/password-reset", Map.of("email", "ana@example.com")).then().statusCode(202);
        assertTrue(delivering.await(10, TimeUnit.SECONDS), "the mail went to the relay");
        assertEquals(0, SmtpRelay.receivedBy("ana@example.com").size(), "answered while the relay still holds the mail");
        login("ana@example.com", PASSWORD).then().statusCode(200);
        release.countDown();
        json("/api/v1/auth/password-reset/confirm", Map.of("token", token(mailTo("ana@example.com")), "newPassword", "Brand-New-Lantern-42"))
                .then().statusCode(204);
    }

    @Test
    void aRefusingRelayLosesOnlyThatMailAndTheNextRequestWorks() throws Exception {
        CountDownLatch attempted = new CountDownLatch(1);
        SmtpRelay.whileDelivering(recipient -> attempted.countDown());
        SmtpRelay.refuse("ana@example.com");
        Response refused = json("/api/v1/auth/password-reset", Map.of("email", "ana@example.com"));
        Response unknown = json("/api/v1/auth/password-reset", Map.of("email", "nobody@example.com"));
        refused.then().statusCode(202);
        assertEquals(unknown.asString(), refused.asString(), "a refused mail changes nothing in the answer");
        assertTrue(attempted.await(10, TimeUnit.SECONDS), "the relay was asked and answered 451");
        assertEquals(0, SmtpRelay.receivedBy("ana@example.com").size());
        login("ana@example.com", PASSWORD).then().statusCode(200);

        SmtpRelay.reset();
        json("/api/v1/auth/password-reset", Map.of("email", "ana@example.com")).then().statusCode(202);
        json("/api/v1/auth/password-reset/confirm", Map.of("token", token(mailTo("ana@example.com")), "newPassword", "Brand-New-Lantern-42"))
                .then().statusCode(204);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
