package dev.engblog.cms.tag;

import dev.engblog.cms.common.taxonomy.Term;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tag row. */
@Entity
@Table(name = "tag")
public class Tag extends Term {
}
