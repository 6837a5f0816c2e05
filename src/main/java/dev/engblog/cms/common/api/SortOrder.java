package dev.engblog.cms.common.api;

import java.util.List;

/**
 * A complete ORDER BY in one direction: the requested keys, always ending with the unique id so that
 * pages never repeat or skip an item, and keyset ("after") conditions are a single row comparison.
 */
public record SortOrder(String name, List<SortKey> keys, boolean descending) {

    public String orderBy() {
        String dir = descending ? " desc" : " asc";
        StringBuilder sql = new StringBuilder();
        for (SortKey key : keys) {
            if (!sql.isEmpty()) {
                sql.append(", ");
            }
            sql.append(key.sql()).append(dir);
        }
        return sql.toString();
    }

    /** {@code (k0, k1, id) < (:k0, :k1, :k2)}: the rows after a cursor, in this order. */
    public String keysetCondition(String paramPrefix) {
        StringBuilder left = new StringBuilder("(");
        StringBuilder right = new StringBuilder("(");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                left.append(", ");
                right.append(", ");
            }
            left.append(keys.get(i).sql());
            right.append(':').append(paramPrefix).append(i);
        }
        return left + ") " + (descending ? "<" : ">") + " " + right + ")";
    }
}
