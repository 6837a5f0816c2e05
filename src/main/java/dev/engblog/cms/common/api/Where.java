package dev.engblog.cms.common.api;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL conditions joined with AND, each value bound as a parameter (never spliced into the text). */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where and(String clause, String param, Object value) {
        params.put(param, value);
        return and(clause);
    }

    /** Adds another condition's clauses and values (their parameter names must not clash). */
    public Where and(Where other) {
        clauses.addAll(other.clauses);
        params.putAll(other.params);
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    /** The bound values, as text that tells different values apart: with the SQL, a cache key. */
    public String paramsKey() {
        StringBuilder key = new StringBuilder();
        params.forEach((name, value) -> {
            key.append('|').append(name).append('=');
            if (value instanceof java.util.Collection<?> values) {
                key.append(values.size()).append('[');
                values.forEach(v -> lengthPrefixed(key, v));
            } else {
                lengthPrefixed(key, value);
            }
        });
        return key.toString();
    }

    private static void lengthPrefixed(StringBuilder key, Object value) {
        String text = value == null ? "" : value.getClass().getSimpleName() + ':' + value;
        key.append(text.length()).append('#').append(text);
    }

    public void bind(Query query) {
        params.forEach(query::setParameter);
    }
}
