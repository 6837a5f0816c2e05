package dev.engblog.cms.author;

import dev.engblog.cms.common.taxonomy.Taxonomy;
import dev.engblog.cms.common.db.PublicPosts;
import dev.engblog.cms.media.MediaLinks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Author queries. */
@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    /** The public read shape of authors, counting published posts only. */
    public static final Taxonomy TAXONOMY = Taxonomy.of("Author", "author",
            "x.id, x.slug, x.name, x.bio, x.avatar_url, x.website_url, x.initials, x.title, x.location, "
                    + "x.social_links::text as social_links, x.version, x.avatar_media_id,"
                    + " case when x.avatar_media_id is not null then " + MediaLinks.embedSql("x.avatar_media_id") + " end as avatar_json",
            "(select count(*) from post_author pa join post p on p.id = pa.post_id where pa.author_id = x.id and "
                    + PublicPosts.SQL + ")");
}
