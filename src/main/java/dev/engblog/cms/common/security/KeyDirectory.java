package dev.engblog.cms.common.security;

import java.util.Optional;

/**
 * Who an API key acts as: implemented by the feature that owns keys ({@code apikey/}), so {@link Callers}
 * can resolve a key without knowing that feature.
 */
public interface KeyDirectory {

    /**
     * Checks and counts one use of a key (rate limit, last use). Empty when the key is unknown, revoked,
     * expired, or its creator's account is gone or disabled; 403 when the origin is not among the key's
     * allowed ones; 429 over the key's rate limit.
     */
    Optional<Grant> use(ApiKeyPrincipal key);

    /** What a live key grants: a content key reads what the public reads (no caller); an admin key acts as {@code caller}. */
    record Grant(Optional<Caller> caller) {

        public boolean contentOnly() {
            return caller.isEmpty();
        }
    }
}
