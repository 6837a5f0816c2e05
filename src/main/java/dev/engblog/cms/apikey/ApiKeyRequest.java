package dev.engblog.cms.apikey;

import dev.engblog.cms.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A new key: {@code role} is required for admin keys (at most the creator's own) and must be absent for
 * content keys; {@code allowedOrigins} limits browser use to those origins (empty: any).
 */
public record ApiKeyRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull ApiKeyKind kind,
        Role role,
        Instant expiresAt,
        @Size(max = 20) List<@NotNull @Size(max = 200) @Pattern(regexp = "https?://[^/\\s,]+",
                message = "must be an origin such as https://www.example.com") String> allowedOrigins) {
}
