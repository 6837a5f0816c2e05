package dev.engblog.cms.author;

import dev.engblog.cms.common.taxonomy.TaxonomyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.UUID;

/** An author's public profile row. */
@Entity
@Table(name = "author")
public class Author extends TaxonomyEntity {

    public String bio;
    @Column(name = "avatar_url")
    public String avatarUrl;
    @Column(name = "website_url")
    public String websiteUrl;
    /** Set only to override the initials derived from the name. */
    public String initials;
    public String title;
    public String location;
    /** JSON array of {network, url}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "social_links")
    public String socialLinks = "[]";
    @Column(name = "avatar_media_id")
    public UUID avatarMediaId;
}
