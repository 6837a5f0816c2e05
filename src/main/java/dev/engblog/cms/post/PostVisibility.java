package dev.engblog.cms.post;

/** Who may see which post, as SQL over a post aliased {@code p}. */
public final class PostVisibility {

    /**
     * The public sees PUBLISHED posts whose time has come and SCHEDULED posts whose time has come:
     * visibility is a query condition, so a scheduled post goes live without any job.
     */
    public static final String PUBLIC_SQL = "p.status in ('PUBLISHED', 'SCHEDULED') and p.published_at <= now()";

    private PostVisibility() {
    }
}
