package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.SortKey;

/**
 * How to read one taxonomy (categories, tags, authors): its table (aliased {@code x}), the columns
 * of its public shape, and the SQL that counts its published posts.
 */
public record Taxonomy(String label, String table, String columns, String postCountSql, ListSpec spec) {

    public static Taxonomy of(String label, String table, String columns, String postCountSql) {
        ListSpec spec = ListSpec.builder("x.id")
                .sort("name", SortKey.text("x.name"))
                .sort("slug", SortKey.text("x.slug"))
                .sort("createdAt", SortKey.timestamp("x.created_at"))
                .sort("postCount", SortKey.integer(postCountSql))
                .defaultSort("name")
                .build();
        return new Taxonomy(label, table, columns, postCountSql, spec);
    }
}
