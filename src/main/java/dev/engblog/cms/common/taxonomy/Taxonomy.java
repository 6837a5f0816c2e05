package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.SortKey;

/**
 * How to read one taxonomy (categories, tags, authors): its table (aliased {@code x}), the columns
 * of its public shape, the SQL that counts its published posts, and the condition under which the
 * public may see an item at all (staff see every item).
 */
public record Taxonomy(String label, String table, String columns, String postCountSql, ListSpec spec, String publicSql) {

    /** The same taxonomy, whose items the public sees only where {@code sql} holds. */
    public Taxonomy publicWhere(String sql) {
        return new Taxonomy(label, table, columns, postCountSql, spec, sql);
    }

    public static Taxonomy of(String label, String table, String columns, String postCountSql) {
        ListSpec spec = ListSpec.builder("x.id")
                .sort("name", SortKey.text("x.name"))
                .sort("slug", SortKey.text("x.slug"))
                .sort("createdAt", SortKey.timestamp("x.created_at"))
                .sort("postCount", SortKey.integer(postCountSql))
                .defaultSort("name")
                .build();
        return new Taxonomy(label, table, columns, postCountSql, spec, "true");
    }
}
