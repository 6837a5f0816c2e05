package dev.engblog.cms.post;

import dev.engblog.cms.common.api.Patterns;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What search engines and link previews read; every field optional. */
public record Seo(
        @Nullable @Size(max = 300) String metaTitle,
        @Nullable @Size(max = 500) String metaDescription,
        @Nullable @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String canonicalUrl,
        @Nullable @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String ogImageUrl) {
}
