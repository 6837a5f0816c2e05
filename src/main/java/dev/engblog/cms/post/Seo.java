package dev.engblog.cms.post;

/** What search engines and link previews read; every field optional. */
public record Seo(String metaTitle, String metaDescription, String canonicalUrl, String ogImageUrl) {
}
