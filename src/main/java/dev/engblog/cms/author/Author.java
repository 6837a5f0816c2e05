package dev.engblog.cms.author;

import dev.engblog.cms.common.taxonomy.TaxonomyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
    @Column(name = "avatar_media_id")
    public UUID avatarMediaId;
}
