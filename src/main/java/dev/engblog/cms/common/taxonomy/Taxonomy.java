package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.SortKey;

/**
 * How to read one taxonomy (categories, tags, authors): its table (aliased {@code x}), the properties
 * of its public shape and their columns (with {@code postCount}, the SQL that counts its published
 * posts), and the condition under which the public may see an item at all (staff see every item).
 */
public record Taxonomy(String label, String table, Fields fields, String postCountSql, ListSpec spec, String publicSql) {

    /** The same taxonomy, whose items the public sees only where {@code sql} holds. */
    public Taxonomy publicWhere(String sql) {
        return new Taxonomy(label, table, fields, postCountSql, spec, sql);
    }

    /** A taxonomy of these properties, to which {@code postCount} (read by {@code postCountSql}) is added. */
    public static Taxonomy of(String label, String table, Fields.Builder properties, String postCountSql) {
        ListSpec spec = ListSpec.builder("x.id")
                .filter(Fields.FIELDS).filter(Fields.INCLUDE)
                .sort("name", SortKey.text("x.name"))
                .sort("slug", SortKey.text("x.slug"))
                .sort("createdAt", SortKey.timestamp("x.created_at"))
                .sort("postCount", SortKey.integer(postCountSql))
                .defaultSort("name")
                .build();
        return new Taxonomy(label, table, properties.field("postCount", "post_count", postCountSql).build(), postCountSql, spec, "true");
    }

    /** Categories and tags: id, slug, name, description, version (and postCount). */
    public static Fields.Builder terms() {
        return Fields.builder().field("id", "id", "x.id").field("slug", "slug", "x.slug").field("name", "name", "x.name")
                .field("description", "description", "x.description").field("version", "version", "x.version");
    }
}
