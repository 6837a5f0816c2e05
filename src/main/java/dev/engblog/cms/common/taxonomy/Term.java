package dev.engblog.cms.common.taxonomy;

import jakarta.persistence.MappedSuperclass;

/** What categories and tags share beyond a name: an optional description. */
@MappedSuperclass
public abstract class Term extends TaxonomyEntity {

    public String description;
}
