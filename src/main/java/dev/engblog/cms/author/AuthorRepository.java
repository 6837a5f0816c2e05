package dev.engblog.cms.author;

import dev.engblog.cms.common.api.Fields;
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
            Fields.builder().field("id", "id", "x.id").field("slug", "slug", "x.slug").field("name", "name", "x.name")
                    .field("bio", "bio", "x.bio").field("avatarUrl", "avatar_url", "x.avatar_url")
                    .field("avatar", "avatar_json", "case when x.avatar_media_id is not null then " + MediaLinks.embedSql("x.avatar_media_id") + " end")
                    .field("websiteUrl", "website_url", "x.website_url")
                    .column("initials", "x.initials").property("initials", "initials", "name")
                    .field("title", "title", "x.title").field("location", "location", "x.location")
                    .field("socialLinks", "social_links", "x.social_links::text").field("version", "version", "x.version"),
            "(select count(*) from post_author pa join post p on p.id = pa.post_id where pa.author_id = x.id and "
                    + PublicPosts.SQL + ")");
}
