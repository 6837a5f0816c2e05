package dev.engblog.cms.post;

import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.db.PublicPosts;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import java.util.Optional;

/** Who may see which post, as SQL over a post aliased {@code p}. */
public final class PostVisibility {

    /**
     * The public sees PUBLISHED posts whose time has come and SCHEDULED posts whose time has come:
     * visibility is a query condition, so a scheduled post goes live without any job.
     */
    public static final String PUBLIC_SQL = PublicPosts.SQL;

    private PostVisibility() {
    }

    /** What anyone may see. */
    public static Where publicOnly() {
        return new Where().and(PUBLIC_SQL);
    }

    /** Editors and admins see everything; authors and contributors also see their own posts. */
    static Where forCaller(Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return publicOnly();
        }
        Caller c = caller.get();
        if (c.atLeast(Role.EDITOR)) {
            return new Where();
        }
        if (c.authorId() == null) {
            return publicOnly();
        }
        return new Where().and("((" + PUBLIC_SQL + ") or exists (select 1 from post_author mine where mine.post_id = p.id"
                + " and mine.author_id = :me))", "me", c.authorId());
    }
}
