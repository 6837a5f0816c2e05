package dev.engblog.cms.tag;

import dev.engblog.cms.common.taxonomy.Taxonomy;
import dev.engblog.cms.common.db.PublicPosts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tag queries. */
@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    /**
     * The public read shape of tags, counting published posts only: from the tag links alone, which
     * carry their post's status and publish time (an index-only count on post_tag_public_idx).
     */
    public static final Taxonomy TAXONOMY = Taxonomy.of("Tag", "tag", Taxonomy.terms(),
            "(select count(*) from post_tag p where p.tag_id = x.id and " + PublicPosts.SQL + ")")
            .publicWhere(TagVisibility.PUBLIC_SQL);
}
