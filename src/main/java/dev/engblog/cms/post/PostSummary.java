package dev.engblog.cms.post;

import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.category.CategoryRef;
import dev.engblog.cms.tag.TagRef;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post in a list: everything but the two body fields. */
public record PostSummary(UUID id, String slug, String title, String excerpt, @Nullable String coverImageUrl, @Nullable String coverImageAlt,
                          @Nullable String icon, @Nullable CategoryRef category, List<TagRef> tags, List<AuthorRef> authors, PostStatus status,
                          boolean featured, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt,
                          int readingTimeMinutes, int wordCount, Seo seo, long version) {
}
