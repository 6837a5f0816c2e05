package dev.engblog.cms.common.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The columns categories and tags share: a named, slugged term that posts are filed under. */
@MappedSuperclass
public abstract class Term {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
