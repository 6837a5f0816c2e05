package dev.engblog.cms.common.db;

/**
 * The condition under which the public sees a post, as SQL over a post aliased {@code p}: PUBLISHED
 * posts whose time has come and SCHEDULED posts whose time has come (visibility is a query condition,
 * so a scheduled post goes live without any job). Feature-neutral, so the post listing and the
 * taxonomies' public post counts share one text without importing each other.
 */
public final class PublicPosts {

    public static final String SQL = "p.status in ('PUBLISHED', 'SCHEDULED') and p.published_at <= now()";

    private PublicPosts() {
    }
}
