package dev.engblog.cms.revision;

import dev.engblog.cms.post.PostStatus;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A revision in the list, without its content.
 *
 * @param number       1, 2, 3… per post, in the order written
 * @param userId       the account that wrote it (null for writes without one)
 * @param restoredFrom the revision this one restored, when it is a restore
 * @param createdAt    its first write; {@code updatedAt} the last write collapsed into it
 */
public record RevisionSummary(int number, String title, PostStatus status, @Nullable UUID userId,
                              @Nullable Integer restoredFrom, Instant createdAt, Instant updatedAt) {
}
