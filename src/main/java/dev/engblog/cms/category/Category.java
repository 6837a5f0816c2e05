package dev.engblog.cms.category;

import dev.engblog.cms.common.taxonomy.Term;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category row. */
@Entity
@Table(name = "category")
public class Category extends Term {
}
