package dev.engblog.cms.common.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The columns every taxonomy row has: categories, tags and authors are named, slugged and versioned. */
@MappedSuperclass
public abstract class TaxonomyEntity {

    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
