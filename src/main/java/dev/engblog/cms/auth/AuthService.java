package dev.engblog.cms.auth;

import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.LoginsRevoked;
import dev.engblog.cms.common.ratelimit.RateLimiter;
import dev.engblog.cms.common.text.Emails;
import dev.engblog.cms.user.AccountService;
import dev.engblog.cms.user.User;
import dev.engblog.cms.user.Passwords;
import dev.engblog.cms.user.UserService;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
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

    private final UserService users;
    private final RefreshTokenRepository refreshTokens;
    private final RateLimiter limiter;
    private final AuthConfig config;
    private final Event<Audited> audit;
    private final AccountService accounts;

    public AuthService(UserService users, RefreshTokenRepository refreshTokens, RateLimiter limiter, AuthConfig config,
                       Event<Audited> audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.limiter = limiter;
        this.config = config;
    }

    /**
     * Checks a password with no transaction open and no connection held (hashing takes ~100 ms). The
     * attempt counts against the account before the check, atomically, so concurrent guesses cannot
     * slip past the lock; a successful login clears the account's count.
     */
    public TokenResponse login(LoginRequest request, String clientAddress) {
        limiter.hit("login-address:" + clientAddress, config.requestsPerAddress(), config.limitWindow());
        String account = accountBucket(request.email());
        limiter.hit(account, config.loginAttemptsPerAccount(), config.limitWindow());
        Optional<User> found = findUser(Emails.normalise(request.email()));
        boolean ok = found.isPresent() && Passwords.matches(request.password(), found.get().passwordHash) && !found.get().disabled;
        if (found.isEmpty()) {
            Passwords.burnCheck(request.password());
        }
        if (!ok) {
            // Recorded in a transaction of its own: the refusal itself rolls nothing back.
            audit.fire(new Audited("auth.login_failed", "account",
                    found.isPresent() ? found.get().id.toString() : Emails.normalise(request.email()), null, null, null));
            throw ApiException.unauthorized("Wrong email or password.");
        }
        if (found.get().mustChangePassword) {
            // A temporary password opens one door: the one where the person picks their own.
            if (request.newPassword() == null) {
                throw ApiException.invalid("newPassword", "this account has a temporary password: send newPassword to set your own");
            }
            if (request.newPassword().equals(request.password())) {
                throw ApiException.invalid("newPassword", "must differ from the temporary password");
            }
            accounts.replaceTemporaryPassword(found.get().id, request.newPassword());
            return loggedIn(found.get(), account, true);
        }
        return loggedIn(found.get(), account, false);
    }

    /** The account's failed-login bucket: the whole address lower-cased, as accounts compare. */
    static String accountBucket(String email) {
        return "login-account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    @Transactional
    Optional<User> findUser(String email) {
        return users.findByEmail(email);
    }

    @Transactional
    TokenResponse loggedIn(User user, String account, boolean replacedTemporaryPassword) {
        limiter.reset(account);
        audit.fire(new Audited("auth.login", "user", user.id.toString(), null,
                replacedTemporaryPassword ? java.util.Map.of("temporaryPasswordReplaced", "yes") : null, user.id));
        return issue(user, UUID.randomUUID());
    }

    /**
     * Rotates: the presented token is used up and a new one of the same login is issued. Limited per
     * login (token family), not per address: tokens are 256-bit, so guessing is not the threat, and one
     * office sharing an address cannot lock its colleagues out. The family is locked for the
     * transaction, so a refresh racing a logout of the same login cannot leave a live token behind. A
     * token used again within the grace window (two tabs refreshing at once) gets a login too; later,
     * a reuse means a copy exists, and the whole login is revoked.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(RefreshRequest request) {
        RefreshToken found = refreshTokens.findByHash(hash(request.refreshToken()))
                .orElseThrow(() -> ApiException.unauthorized("Unknown refresh token."));
        limiter.hit("refresh-login:" + found.familyId, config.refreshesPerLogin(), config.limitWindow());
        refreshTokens.lockFamily(found.familyId);
        RefreshTokenRepository.State token = refreshTokens.state(found.id);
        Instant now = now();
        if (token.revokedAt() != null || token.expiresAt().isBefore(now)) {
            throw ApiException.unauthorized("This login has ended; sign in again.");
        }
        if (!refreshTokens.markUsed(found.id, now) && token.usedAt().isBefore(now.minus(config.refreshGrace()))) {
            // A used token presented again after the grace window: someone holds a copy. End the whole login.
            refreshTokens.revokeFamily(found.familyId, now);
            throw ApiException.unauthorized("This refresh token was already used; the login has been revoked.");
        }
        User user = users.findById(found.userId);
        if (user == null || user.disabled) {
            throw ApiException.unauthorized("The account is disabled.");
        }
        return issue(user, found.familyId);
    }

    /**
     * Ends every login of an account whose password, role or state changed: observed in the transaction
     * of that change, so the revocation commits or rolls back with it.
     */
    void revokeLogins(@Observes LoginsRevoked revoked) {
        refreshTokens.revokeAllOf(revoked.userId(), revoked.at());
    }

    /** Ends the login the token belongs to; unknown tokens are ignored (idempotent). */
    @Transactional
    public void logout(RefreshRequest request) {
        refreshTokens.findByHash(hash(request.refreshToken())).ifPresent(t -> {
            refreshTokens.lockFamily(t.familyId);
            refreshTokens.revokeFamily(t.familyId, now());
            audit.fire(new Audited("auth.logout", "user", t.userId.toString(), null, null, t.userId));
        });
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
