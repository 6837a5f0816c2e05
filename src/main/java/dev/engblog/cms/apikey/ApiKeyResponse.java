package dev.engblog.cms.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.engblog.cms.common.http.Versioned;
import dev.engblog.cms.common.security.Role;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key as its admins see it: the secret itself only in the answers to create and rotate, never
 * again; {@code prefix} (its first characters) tells keys apart.
 */
public record ApiKeyResponse(UUID id, String name, ApiKeyKind kind, @Nullable Role role, String prefix, List<String> allowedOrigins,
                             UUID createdBy, Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
                             @Nullable Instant lastUsedAt, long version,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String secret) implements Versioned {

    ApiKeyResponse withSecret(String shownOnce) {
        return new ApiKeyResponse(id, name, kind, role, prefix, allowedOrigins, createdBy, createdAt, expiresAt, revokedAt,
                lastUsedAt, version, shownOnce);
    }
}
