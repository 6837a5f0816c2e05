package dev.engblog.cms.preview;

import java.time.Instant;
import java.util.UUID;

/**
 * A new preview link, the only answer that carries its token.
 *
 * @param token the secret; the link is {@code url}, which contains it
 * @param url   the API path that shows the post to whoever holds it
 */
public record PreviewLinkCreated(UUID id, UUID postId, String token, String url, Instant createdAt, Instant expiresAt) {
}
