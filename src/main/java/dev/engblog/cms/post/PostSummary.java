package dev.engblog.cms.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.category.CategoryRef;
import dev.engblog.cms.media.MediaRef;
import dev.engblog.cms.tag.TagRef;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A post in a list: everything but the two body fields, which {@code include} adds when asked for; search
 * hits also carry a highlighted snippet. {@code fields} cuts it down (see {@code common/api/Fields}).
 */
public record PostSummary(UUID id, String slug, String title, String excerpt, @Nullable String coverImageUrl, @Nullable String coverImageAlt,
                          @Nullable MediaRef coverImage,
                          @Nullable String icon, @Nullable CategoryRef category, List<TagRef> tags, List<AuthorRef> authors, PostStatus status,
                          boolean featured, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt,
                          int readingTimeMinutes, int wordCount, Seo seo, long version,
                          @Schema(description = "Search results only (q): a short snippet of the title and excerpt, or of the body when"
                                  + " they do not match, around the matched terms. HTML-escaped text in which the matches are wrapped"
                                  + " in <mark>...</mark>; safe to insert as HTML.",
                                  examples = "Scaling <mark>Kubernetes</mark> clusters: what we learned")
                          @JsonInclude(JsonInclude.Include.NON_NULL) String highlight,
                          @Schema(description = "Only with include=bodyMarkdown (or body), or when fields names it: the Markdown source.")
                          @JsonInclude(JsonInclude.Include.NON_NULL) String bodyMarkdown,
                          @Schema(description = "Only with include=bodyHtml (or body), or when fields names it: the sanitized HTML.")
                          @JsonInclude(JsonInclude.Include.NON_NULL) String bodyHtml) {
}
