package dev.engblog.cms.post;

import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What search engines and link previews read; every field optional. */
public record Seo(
        @Size(max = 300) String metaTitle,
        @Size(max = 500) String metaDescription,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String canonicalUrl,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String ogImageUrl) {
}
