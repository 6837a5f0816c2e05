package dev.engblog.cms.post;

import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.category.CategoryRef;
import dev.engblog.cms.media.MediaRef;
import dev.engblog.cms.tag.TagRef;
import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A whole post, with its Markdown source and the sanitized HTML rendered from it. */
public record PostResponse(UUID id, String slug, String title, String excerpt, String bodyMarkdown, String bodyHtml,
                           @Nullable String coverImageUrl, @Nullable String coverImageAlt, @Nullable MediaRef coverImage, @Nullable String icon, @Nullable CategoryRef category,
                           List<TagRef> tags, List<AuthorRef> authors, PostStatus status, boolean featured,
                           @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, int readingTimeMinutes,
                           int wordCount, Seo seo, long version) implements Versioned {

    static PostResponse of(PostSummary s) {
        return new PostResponse(s.id(), s.slug(), s.title(), s.excerpt(), s.bodyMarkdown(), s.bodyHtml(), s.coverImageUrl(),
                s.coverImageAlt(), s.coverImage(), s.icon(), s.category(), s.tags(), s.authors(), s.status(), s.featured(),
                s.publishedAt(), s.createdAt(), s.updatedAt(), s.readingTimeMinutes(), s.wordCount(), s.seo(), s.version());
    }
}
