package dev.engblog.cms.revision;

import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.post.Seo;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a revision keeps of a post: its content as a request would write it (relations by slug, the
 * media-library cover by id).
 */
public record RevisionContent(String title, String slug, String excerpt, String bodyMarkdown,
                              @Nullable String coverImageUrl, @Nullable String coverImageAlt, @Nullable UUID coverImage, @Nullable String icon,
                              @Nullable String category, List<String> tags, List<String> authors, PostStatus status,
                              boolean featured, @Nullable Instant publishedAt, Seo seo) {

    static RevisionContent of(PostResponse p) {
        return new RevisionContent(p.title(), p.slug(), p.excerpt(), p.bodyMarkdown(), p.coverImageUrl(), p.coverImageAlt(),
                p.coverImage() == null ? null : p.coverImage().id(), p.icon(), p.category() == null ? null : p.category().slug(), p.tags().stream().map(t -> t.slug()).toList(),
                p.authors().stream().map(a -> a.slug()).toList(), p.status(), p.featured(), p.publishedAt(), p.seo());
    }
}
