package dev.engblog.cms.tag;

import dev.engblog.cms.common.db.PublicPosts;

/**
 * Which tags the public sees: one on a public post, or one on no post at all (made on purpose by an
 * editor). A tag that only drafts carry would give away what is being written.
 */
public final class TagVisibility {

    /** The condition on a tag aliased {@code x}. */
    public static final String PUBLIC_SQL = "(exists (select 1 from post_tag pt join post p on p.id = pt.post_id where pt.tag_id = x.id and "
            + PublicPosts.SQL + ") or not exists (select 1 from post_tag pt where pt.tag_id = x.id))";

    private TagVisibility() {
    }
}
