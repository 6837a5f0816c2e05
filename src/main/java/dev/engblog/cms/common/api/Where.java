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

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public void bind(Query query) {
        params.forEach(query::setParameter);
    }
}
