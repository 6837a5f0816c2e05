package dev.engblog.cms.apikey;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.ratelimit.RateLimiter;
import dev.engblog.cms.common.security.ApiKeyPrincipal;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.KeyDirectory;
import dev.engblog.cms.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API keys for integrations (ADMIN manages them): random secrets shown once and kept as SHA-256 hashes.
 * A content key is 26 lower-case hex characters, so it also works as a Ghost Content API key; an admin
 * key is {@code cms_} and 64 hex characters and acts as its creator with its role (never above the
 * creator's role of the moment). Each use is checked here for {@link dev.engblog.cms.common.security.Callers}.
 */
@ApplicationScoped
public class ApiKeyService implements KeyDirectory {

    /** Keys are an admin's handful: the list answers whole and takes no parameters. */
    public static final ListSpec LIST = ListSpec.builder("k.id").unpaged().build();
    /** The shape of a content key, which is Ghost's: 26 lower-case hex characters. */
    public static final Pattern CONTENT_KEY = Pattern.compile("[0-9a-f]{26}");
    private static final Pattern ADMIN_KEY = Pattern.compile("cms_[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final RateLimiter limiter;
    private final ApiKeyConfig config;
    private final Event<Audited> audit;

    public ApiKeyService(ApiKeyRepository keys, RateLimiter limiter, ApiKeyConfig config, Event<Audited> audit) {
        this.keys = keys;
        this.limiter = limiter;
        this.config = config;
        this.audit = audit;
    }

    public Page<ApiKeyResponse> list(Caller caller, UriInfo uri) {
        caller.require(Role.ADMIN);
        LIST.parse(uri.getQueryParameters());
        return Page.whole(keys.all(), uri);
    }

    public ApiKeyResponse get(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return keys.find(Keys.id(id)).orElseThrow(() -> ApiException.notFound("API key"));
    }

    @Transactional
    public ApiKeyResponse create(Caller caller, ApiKeyRequest r) {
        caller.require(Role.ADMIN);
        if (r.kind() == ApiKeyKind.admin && r.role() == null) {
            throw ApiException.invalid("role", "an admin key needs the role it acts with");
        }
        if (r.kind() == ApiKeyKind.content && r.role() != null) {
            throw ApiException.invalid("role", "a content key has no role: it reads published content only");
        }
        if (r.role() != null && !caller.atLeast(r.role())) {
            throw ApiException.invalid("role", "may not be above your own role (" + caller.role() + ")");
        }
        if (r.expiresAt() != null && !r.expiresAt().isAfter(Instant.now())) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        UUID id = UUID.randomUUID();
        String secret = newSecret(r.kind());
        keys.insert(id, r, hash(secret), prefix(secret), caller.userId());
        ApiKeyResponse created = keys.find(id).orElseThrow();
        audit.fire(new Audited("api_key.created", "api_key", id, null, created));
        return created.withSecret(secret);
    }

    /** Revokes a key at once (on every instance: each use reads the row); revoking twice is harmless. */
    @Transactional
    public void revoke(Caller caller, String id) {
        caller.require(Role.ADMIN);
        UUID key = Keys.id(id);
        if (keys.revoke(key) == 0) {
            throw ApiException.notFound("API key");
        }
        audit.fire(new Audited("api_key.revoked", "api_key", key, null, null));
    }

    /** A new secret (shown once); the old one stops working at once. A revoked key stays revoked. */
    @Transactional
    public ApiKeyResponse rotate(Caller caller, String id) {
        caller.require(Role.ADMIN);
        ApiKeyResponse key = get(caller, id);
        if (key.revokedAt() != null) {
            throw ApiException.conflict("id", "The key is revoked; create a new one.");
        }
        String secret = newSecret(key.kind());
        keys.rotate(key.id(), hash(secret), prefix(secret));
        audit.fire(new Audited("api_key.rotated", "api_key", key.id(), null, null));
        return keys.find(key.id()).orElseThrow().withSecret(secret);
    }

    @Override
    public Optional<Grant> use(ApiKeyPrincipal presented) {
        Optional<ApiKeyRepository.Live> found = check(presented.secret(), presented.fromQuery());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyRepository.Live key = found.get();
        if (presented.origin() != null && !key.origins().isEmpty() && !key.origins().contains(presented.origin())) {
            throw ApiException.forbidden("This API key may not be used from " + presented.origin() + ".");
        }
        count(key);
        if (key.kind() == ApiKeyKind.content) {
            return Optional.of(new Grant(Optional.empty()));
        }
        Role role = key.creatorRole().atLeast(key.role()) ? key.role() : key.creatorRole();
        return Optional.of(new Grant(Optional.of(new Caller(key.createdBy(), role, key.creatorAuthorId()))));
    }

    /**
     * Whether {@code secret} is a live content key, counting the use (Ghost's Content API, where a key is
     * required): the key's kind must be content and its creator active.
     */
    public boolean useContentKey(String secret, String origin) {
        Optional<Grant> grant = use(new ApiKeyPrincipal(secret, true, origin));
        return grant.isPresent() && grant.get().contentOnly();
    }

    /** A live key of the right shape for where it came from: admin keys never travel in URLs. */
    private Optional<ApiKeyRepository.Live> check(String secret, boolean fromQuery) {
        boolean content = CONTENT_KEY.matcher(secret).matches();
        if (!content && (fromQuery || !ADMIN_KEY.matcher(secret).matches())) {
            return Optional.empty();
        }
        return keys.byHash(hash(secret)).filter(ApiKeyRepository.Live::live);
    }

    private void count(ApiKeyRepository.Live key) {
        if (config.requestsPerWindow() > 0) {
            limiter.hit("api-key:" + key.id(), config.requestsPerWindow(), config.window());
        }
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(Instant.now().minusSeconds(60))) {
            keys.touch(key.id());
        }
    }

    static String newSecret(ApiKeyKind kind) {
        byte[] bytes = new byte[kind == ApiKeyKind.content ? 13 : 32];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return kind == ApiKeyKind.content ? hex : "cms_" + hex;
    }

    /** The visible start of a secret: enough to tell keys apart, far too little to guess the rest. */
    static String prefix(String secret) {
        return secret.substring(0, secret.startsWith("cms_") ? 12 : 6);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
