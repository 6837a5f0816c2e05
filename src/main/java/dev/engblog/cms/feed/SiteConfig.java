package dev.engblog.cms.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The frontend that feeds and the sitemap link to (this API serves JSON; the site renders pages). */
@ConfigMapping(prefix = "cms.site")
public interface SiteConfig {

    /** Absolute URL of the blog's frontend, without a trailing slash. */
    @WithDefault("http://localhost:3000")
    String url();

    /** The blog's name, the title of its feeds. */
    @WithDefault("Engineering Blog")
    String title();

    /** One line about the blog, the description of its feeds. */
    @WithDefault("Deep dives from our engineering team.")
    String description();

    /** Path of a post page on the frontend; {slug} is replaced. */
    @WithDefault("/posts/{slug}")
    String postPath();

    /** Path of a category page; {slug} is replaced. */
    @WithDefault("/categories/{slug}")
    String categoryPath();

    /** Path of a tag page; {slug} is replaced. */
    @WithDefault("/tags/{slug}")
    String tagPath();

    /** Path of an author page; {slug} is replaced. */
    @WithDefault("/authors/{slug}")
    String authorPath();

    default String link(String pathPattern, String slug) {
        return url().replaceAll("/+$", "") + pathPattern.replace("{slug}", slug);
    }
}
