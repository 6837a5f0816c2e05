package dev.engblog.cms.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    static final String PASSWORD = "Quiet-Harbour-Lights-7";

    @Inject
    Db db;
    @Inject
    Bootstrap bootstrap;
    @Inject
    Tokens tokens;

    @BeforeEach
    void admin() {
        db.truncateAll();
        assertTrue(bootstrap.createFirstAdmin(Optional.of(" Admin@Example.COM "), Optional.of(PASSWORD)));
    }

    static Response login(String email, String password) {
        return given().contentType("application/json").body(Map.of("email", email, "password", password)).post("/api/v1/auth/token");
    }

    static Response refresh(String token) {
        return given().contentType("application/json").body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }

    @Test
    void issuesShortLivedSignedTokens() throws Exception {
        Response r = login("Admin@example.com", PASSWORD);
        r.then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .header("RateLimit-Limit", notNullValue()).header("RateLimit-Remaining", notNullValue());
        String[] parts = r.path("accessToken").toString().split("\\.");
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("RS256", header.get("alg").asText());
        assertEquals(Tokens.ISSUER, claims.get("iss").asText());
        assertEquals("ADMIN", claims.get("groups").get(0).asText());
        assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(claims.hasNonNull("jti") && claims.hasNonNull("sub"));
        given().header("Authorization", "Bearer " + r.path("accessToken")).get("/api/v1/users/me").then().statusCode(200)
                .body("email", equalTo("Admin@example.com")).body("role", equalTo("ADMIN"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void failedLoginsLookTheSameWhateverFailed() {
        String wrongPassword = login("admin@example.com", "Not-The-Password-1").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").extract().asString();
        String unknown = login("nobody@example.com", "Not-The-Password-1").then().statusCode(401).extract().asString();
        db.execute("update users set disabled = true");
        String disabled = login("admin@example.com", PASSWORD).then().statusCode(401).extract().asString();
        assertEquals(wrongPassword, unknown);
        assertEquals(wrongPassword, disabled);
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            login("admin@example.com", "Wrong-Password-" + i).then().statusCode(401);
        }
        login("admin@example.com", "Wrong-Password-x").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+")).header("RateLimit-Remaining", "0");
        login("admin@example.com", PASSWORD).then().statusCode(429);
        assertEquals(1L, ((Number) db.scalar("select count(*) from rate_limit where bucket = 'login-account:admin@example.com'")).longValue(),
                "the limit lives in the database, shared by every instance");
    }

    @Test
    void limitsLoginsPerClientAddress() {
        for (int i = 0; i < 20; i++) {
            login("user" + i + "@example.com", "Wrong-Password-1").then().statusCode(401);
        }
        login("someone@example.com", "Wrong-Password-1").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void rotatesRefreshTokensAndRevokesTheLoginOnReuse() {
        String first = login("admin@example.com", PASSWORD).path("refreshToken");
        String second = refresh(first).then().statusCode(200).extract().path("refreshToken");
        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");
        db.execute("update refresh_token set used_at = used_at - interval '1 minute' where used_at is not null");
        refresh(first).then().statusCode(401).contentType("application/problem+json");
        refresh(third).then().statusCode(401);
        assertEquals(0L, ((Number) db.scalar("select count(*) from refresh_token where revoked_at is null")).longValue());
        assertEquals(0L, ((Number) db.scalar("select count(*) from refresh_token where token_hash = '" + first + "'")).longValue(),
                "only hashes are stored");
    }

    @Test
    void logoutEndsTheLogin() {
        String token = login("admin@example.com", PASSWORD).path("refreshToken");
        given().contentType("application/json").body(Map.of("refreshToken", token)).post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType("application/json").body(Map.of("refreshToken", token)).post("/api/v1/auth/logout").then().statusCode(204);
        refresh(token).then().statusCode(401);
    }

    @Test
    void disablingOrChangingTheRoleRevokesRefreshTokens() {
        String adminToken = login("admin@example.com", PASSWORD).path("accessToken");
        String editorId = given().header("Authorization", "Bearer " + adminToken).contentType("application/json")
                .body(Map.of("email", "ed@example.com", "displayName", "Ed", "role", "EDITOR", "password", "Editor-Secret-Words-9"))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        String editorRefresh = login("ed@example.com", "Editor-Secret-Words-9").path("refreshToken");
        given().header("Authorization", "Bearer " + adminToken).contentType("application/merge-patch+json")
                .body(Map.of("role", "AUTHOR")).patch("/api/v1/users/" + editorId).then().statusCode(200).body("role", equalTo("AUTHOR"));
        refresh(editorRefresh).then().statusCode(401);

        String again = login("ed@example.com", "Editor-Secret-Words-9").path("refreshToken");
        given().header("Authorization", "Bearer " + adminToken).contentType("application/merge-patch+json")
                .body(Map.of("disabled", true)).patch("/api/v1/users/" + editorId).then().statusCode(200);
        refresh(again).then().statusCode(401);
    }

    @Test
    void refusesForgedTokens() throws Exception {
        for (String token : new String[] {tokens.expired(), tokens.wrongIssuer(), tokens.signedByAnotherKey(), tokens.algNone(),
                tokens.hs256WithPublicKey(), tokens.tampered()}) {
            given().header("Authorization", "Bearer " + token).get("/api/v1/users/me").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", tokens.as(Role.CONTRIBUTOR).bearer()).get("/api/v1/users/me").then().statusCode(200);
    }
}
