package dev.engblog.cms.revision;

import dev.engblog.cms.post.PostStatus;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** One revision, whole: who wrote it and when, and the post's content as it was. */
public record RevisionResponse(UUID postId, int number, String title, PostStatus status, @Nullable UUID userId,
                               @Nullable Integer restoredFrom, Instant createdAt, Instant updatedAt, RevisionContent content) {
}
