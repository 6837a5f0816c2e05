package dev.engblog.cms.preview;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A preview link as listed: never its token, which only its creation showed. */
public record PreviewLinkResponse(UUID id, UUID postId, @Nullable UUID createdBy, Instant createdAt, Instant expiresAt,
                                  @Nullable Instant revokedAt, boolean active) {
}
