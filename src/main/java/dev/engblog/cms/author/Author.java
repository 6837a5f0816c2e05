package dev.engblog.cms.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An author's public profile row. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String bio;
    @Column(name = "avatar_url")
    public String avatarUrl;
    @Column(name = "website_url")
    public String websiteUrl;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
