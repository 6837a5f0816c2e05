package dev.engblog.cms.auth;

import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.ratelimit.RateLimiter;
import dev.engblog.cms.common.text.Emails;
import dev.engblog.cms.user.User;
import dev.engblog.cms.user.UserRepository;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in: passwords to tokens, refresh rotation with replay detection, logout. Every failure of a
 * login looks the same (unknown email, wrong password, disabled account) and costs the same time.
 */
@ApplicationScoped
public class AuthService {

    static final String ISSUER_KEY = "smallrye.jwt.new-token.issuer";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final RateLimiter limiter;
    private final AuthConfig config;

    public AuthService(UserRepository users, RefreshTokenRepository refreshTokens, RateLimiter limiter, AuthConfig config) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.limiter = limiter;
        this.config = config;
    }

    @Transactional
    public TokenResponse login(LoginRequest request, String clientAddress) {
        String email = Emails.normalise(request.email());
        limiter.hit("login-address:" + clientAddress, config.requestsPerAddress(), config.limitWindow());
        // An account with too many recent failures is locked for the window, even for the right password.
        limiter.requireRoom("login-account:" + email, config.loginAttemptsPerAccount(), config.limitWindow());
        Optional<User> found = users.findByEmail(email);
        boolean ok = found.isPresent() && Passwords.matches(request.password(), found.get().passwordHash) && !found.get().disabled;
        if (found.isEmpty()) {
            Passwords.burnCheck(request.password());
        }
        if (!ok) {
            // Failed attempts count per account, so guessing one account's password from many addresses stops too.
            limiter.hit("login-account:" + email, config.loginAttemptsPerAccount(), config.limitWindow());
            throw ApiException.unauthorized("Wrong email or password.");
        }
        limiter.reset("login-account:" + email);
        return issue(found.get(), UUID.randomUUID());
    }

    /** Rotates: the presented token is used up and a new one of the same login is issued. */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(RefreshRequest request, String clientAddress) {
        limiter.hit("refresh-address:" + clientAddress, config.requestsPerAddress(), config.limitWindow());
        Instant now = now();
        RefreshToken token = refreshTokens.findByHash(hash(request.refreshToken()))
                .orElseThrow(() -> ApiException.unauthorized("Unknown refresh token."));
        if (token.revokedAt != null || token.expiresAt.isBefore(now)) {
            throw ApiException.unauthorized("This login has ended; sign in again.");
        }
        if (!refreshTokens.markUsed(token.id, now)) {
            // A used token presented again: someone holds a copy. End the whole login.
            refreshTokens.revokeFamily(token.familyId, now);
            throw ApiException.unauthorized("This refresh token was already used; the login has been revoked.");
        }
        User user = users.findById(token.userId);
        if (user == null || user.disabled) {
            throw ApiException.unauthorized("The account is disabled.");
        }
        return issue(user, token.familyId);
    }

    /** Ends the login the token belongs to; unknown tokens are ignored (idempotent). */
    @Transactional
    public void logout(RefreshRequest request) {
        refreshTokens.findByHash(hash(request.refreshToken())).ifPresent(t -> refreshTokens.revokeFamily(t.familyId, now()));
    }

    private TokenResponse issue(User user, UUID family) {
        Instant now = now();
        long ttl = config.accessTokenTtl().toSeconds();
        String access = Jwt.subject(user.id.toString())
                .groups(user.role.name())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(ttl))
                .claim("jti", UUID.randomUUID().toString())
                .sign();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.userId = user.id;
        stored.familyId = family;
        stored.tokenHash = hash(refresh);
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.refreshTokenTtl());
        refreshTokens.persist(stored);
        return new TokenResponse(access, refresh, ttl, "Bearer");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
