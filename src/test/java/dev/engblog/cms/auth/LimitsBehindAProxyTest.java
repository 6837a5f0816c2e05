package dev.engblog.cms.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.testsupport.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client addresses and limits as an operator behind a TLS proxy sees them. The test configuration
 * trusts 127.0.0.2 as a proxy (CMS_TRUSTED_PROXIES); requests sent from that address act as the
 * proxy, requests from 127.0.0.1 as a client talking to the service directly.
 */
@QuarkusTest
class LimitsBehindAProxyTest {

    @Inject
    Db db;
    @Inject
    dev.engblog.cms.auth.Bootstrap bootstrap;
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void clean() {
        db.truncateAll();
    }

    /** A request sent from a chosen loopback address, as a reverse proxy in front of the service would. */
    int postFrom(String source, String path, Map<String, String> headers, String json) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(source), 0)) {
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n")
                    .append("Content-Type: application/json\r\nConnection: close\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    static String signUp(int n) {
        return "{\"email\":\"reader" + n + "@example.com\"}";
    }

    @Test
    void clientsBehindATrustedProxyHaveBudgetsOfTheirOwn() throws IOException {
        for (int i = 0; i < 10; i++) {
            assertEquals(202, postFrom("127.0.0.2", "/api/v1/subscribers", Map.of("X-Forwarded-For", "198.51.100.7, 203.0.113.5"), signUp(i)));
        }
        assertEquals(429, postFrom("127.0.0.2", "/api/v1/subscribers", Map.of("X-Forwarded-For", "203.0.113.5"), signUp(10)),
                "the eleventh sign-up of one client in an hour");
        assertEquals(202, postFrom("127.0.0.2", "/api/v1/subscribers", Map.of("X-Forwarded-For", "203.0.113.6"), signUp(11)),
                "another reader behind the same proxy is not affected");
        assertEquals(202, postFrom("127.0.0.2", "/api/v1/subscribers", Map.of("Forwarded", "for=\"[2001:db8:1:2::99]:4711\";proto=https"),
                signUp(12)), "RFC 7239 Forwarded, IPv6");
        assertEquals(1L, ((Number) db.scalar("select count(*) from rate_limit where bucket = 'subscribe-address:2001:db8:1:2::/64'"))
                .longValue(), "IPv6 clients are keyed by their /64");
        assertEquals(0L, ((Number) db.scalar("select count(*) from rate_limit where bucket like '%127.0.0.2%'")).longValue(),
                "the proxy's own address is never the client");
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerChangesNothing() throws IOException {
        for (int i = 0; i < 10; i++) {
            assertEquals(202, postFrom("127.0.0.1", "/api/v1/subscribers", Map.of("X-Forwarded-For", "192.0.2." + i), signUp(i)));
        }
        assertEquals(429, postFrom("127.0.0.1", "/api/v1/subscribers", Map.of("X-Forwarded-For", "192.0.2.200"), signUp(10)));
        assertEquals(429, postFrom("127.0.0.1", "/api/v1/subscribers", Map.of("Forwarded", "for=192.0.2.201"), signUp(11)));
    }

    @Test
    void aProxyHopThatIsItselfTrustedIsSkippedAndTheClientLeftOfItCounts() throws IOException {
        for (int i = 0; i < 10; i++) {
            postFrom("127.0.0.2", "/api/v1/subscribers", Map.of("X-Forwarded-For", "203.0.113.9, 127.0.0.2"), signUp(i));
        }
        assertEquals(1L, ((Number) db.scalar("select count(*) from rate_limit where bucket = 'subscribe-address:203.0.113.9'")).longValue());
    }

    static Response login(String email, String password) {
        return given().contentType("application/json").body(Map.of("email", email, "password", password)).post("/api/v1/auth/token");
    }

    @Test
    void everySpellingOfAnAddressSharesOneAccountLock() {
        assertTrue(bootstrap.createFirstAdmin(Optional.of("admin@example.com"), Optional.of(AuthTest.PASSWORD)));
        List<String> spellings = List.of("Admin@example.com", "ADMIN@EXAMPLE.COM", "admin@Example.com", " admin@example.com", "aDmin@example.COM");
        for (String spelling : spellings) {
            login(spelling, "Wrong-Password-1").then().statusCode(401);
        }
        login("admin@example.com", AuthTest.PASSWORD).then().statusCode(429);
        login("Admin@Example.com", AuthTest.PASSWORD).then().statusCode(429);
    }

    @Test
    void fiftyConcurrentWrongLoginsGetOnly401Or429AndReadsStayQuick() throws Exception {
        assertTrue(bootstrap.createFirstAdmin(Optional.of("admin@example.com"), Optional.of(AuthTest.PASSWORD)));
        long quiet = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) { // warm (the first requests of a JVM compile code), then the best quiet time
            long t = System.nanoTime();
            given().get("/api/v1/posts").then().statusCode(200);
            quiet = Math.min(quiet, (System.nanoTime() - t) / 1_000_000);
        }
        // Under a second on an idle machine; a shared CI machine gets headroom in proportion to how slow a quiet read is there.
        long bound = Math.max(1000, 100 * quiet);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> logins = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                int n = i;
                logins.add(CompletableFuture.runAsync(() -> statuses.add(login("admin@example.com", "Wrong-Password-" + n).statusCode()), pool));
            }
            long start = System.nanoTime();
            given().get("/api/v1/posts").then().statusCode(200);
            long millis = (System.nanoTime() - start) / 1_000_000;
            CompletableFuture.allOf(logins.toArray(CompletableFuture[]::new)).join();
            assertTrue(millis < bound, "a public read took " + millis + " ms during the attack (quiet: " + quiet + " ms)");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Set.of(401, 429).containsAll(statuses), "only 401 and 429: " + statuses);
        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), "five guesses were checked, none slipped past the lock");
        long attempts = ((Number) db.scalar("select hits from rate_limit where bucket = 'login-account:admin@example.com'")).longValue();
        assertEquals(20, attempts, "every attempt the address limit let through was counted against the account");
    }

    static Response refresh(String token) {
        return given().contentType("application/json").body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }

    @Test
    void junkRefreshesFromOneOfficeDoNotLogItsStaffOut() {
        assertTrue(bootstrap.createFirstAdmin(Optional.of("admin@example.com"), Optional.of(AuthTest.PASSWORD)));
        String token = login("admin@example.com", AuthTest.PASSWORD).path("refreshToken");
        for (int i = 0; i < 25; i++) {
            refresh("junk-token-" + i).then().statusCode(401);
        }
        refresh(token).then().statusCode(200);
    }

    @Test
    void twoTabsRefreshingTheSameTokenBothStaySignedIn() {
        assertTrue(bootstrap.createFirstAdmin(Optional.of("admin@example.com"), Optional.of(AuthTest.PASSWORD)));
        String token = login("admin@example.com", AuthTest.PASSWORD).path("refreshToken");
        String tab1 = refresh(token).then().statusCode(200).extract().path("refreshToken");
        String tab2 = refresh(token).then().statusCode(200).extract().path("refreshToken");
        refresh(tab1).then().statusCode(200);
        refresh(tab2).then().statusCode(200);
    }

    @Test
    void aRefreshRacingALogoutNeverLeavesALiveLogin() {
        assertTrue(bootstrap.createFirstAdmin(Optional.of("admin@example.com"), Optional.of(AuthTest.PASSWORD)));
        for (int round = 0; round < 10; round++) {
            String token = login("admin@example.com", AuthTest.PASSWORD).path("refreshToken");
            CompletableFuture<Response> refreshed = CompletableFuture.supplyAsync(() -> refresh(token));
            CompletableFuture<Response> loggedOut = CompletableFuture.supplyAsync(() -> given().contentType("application/json")
                    .body(Map.of("refreshToken", token)).post("/api/v1/auth/logout"));
            assertEquals(204, loggedOut.join().statusCode());
            Response r = refreshed.join();
            if (r.statusCode() == 200) {
                refresh(r.path("refreshToken")).then().statusCode(401);
            } else {
                assertEquals(401, r.statusCode());
            }
        }
        assertEquals(0L, ((Number) db.scalar("select count(*) from refresh_token where revoked_at is null")).longValue());
    }
}
