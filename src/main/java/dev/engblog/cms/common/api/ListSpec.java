package dev.engblog.cms.common.api;

import dev.engblog.cms.common.error.ApiException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one listing accepts: its filter names (and which may repeat) and its sort fields. Parsing a
 * request against it is strict: unknown names, repeated single values, malformed or out-of-range
 * numbers all give a 400 naming the parameter; nothing is clamped.
 */
public final class ListSpec {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Set<String> PAGING = Set.of("page", "size", "sort", "after");
    /** A content API key may come as {@code ?key=} (how Ghost's client sends it); it is a credential, not a filter. */
    public static final String KEY_PARAM = "key";
    /** The deepest row an offset page may start at (the offset and limit stay 32-bit numbers). */
    static final long MAX_OFFSET = Integer.MAX_VALUE - MAX_SIZE - 1L;

    private final Set<String> filters;
    private final Set<String> repeatable;
    private final Map<String, List<SortKey>> sorts;
    private final String defaultSort;
    private final SortKey id;
    private final boolean paged;

    private ListSpec(Builder b) {
        this.filters = Set.copyOf(b.filters);
        this.repeatable = Set.copyOf(b.repeatable);
        this.sorts = Map.copyOf(b.sorts);
        this.defaultSort = b.defaultSort;
        this.id = b.id;
        this.paged = b.paged;
    }

    public static Builder builder(String idSql) {
        return new Builder(SortKey.id(idSql));
    }

    public Set<String> sortNames() {
        return sorts.keySet();
    }

    public Set<String> filterNames() {
        return filters;
    }

    /** Whether page, size, sort and after are accepted (false for fixed answers such as feeds). */
    public boolean paged() {
        return paged;
    }

    public boolean isRepeatable(String filter) {
        return repeatable.contains(filter);
    }

    /** Parses and validates the query string of a list request. */
    public ListRequest parse(MultivaluedMap<String, String> query) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (name.equals(KEY_PARAM)) {
                continue;
            }
            if (!(paged && PAGING.contains(name)) && !filters.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter; accepted: " + String.join(", ", accepted()));
            }
            if (e.getValue().size() > 1 && !repeatable.contains(name)) {
                throw ApiException.badParameter(name, "may be given only once");
            }
        }
        String sortParam = query.getFirst("sort");
        SortOrder order = sortParam == null ? null : sortOrder(sortParam);
        Map<String, List<String>> given = new LinkedHashMap<>();
        filters.stream().sorted().filter(query::containsKey).forEach(f -> given.put(f, List.copyOf(query.get(f))));
        String after = query.getFirst("after");
        if (after != null && query.containsKey("page")) {
            throw ApiException.badParameter("after", "cannot be combined with page");
        }
        if (after != null && after.isBlank()) {
            throw ApiException.badParameter("after", "must not be empty");
        }
        int page = number(query, "page", 1, 1, Integer.MAX_VALUE);
        int size = number(query, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        if ((page - 1L) * size > MAX_OFFSET) {
            throw ApiException.badParameter("page", "is beyond the deepest page for size " + size + " (" + (MAX_OFFSET / size + 1)
                    + "); walk deeper with the after cursor");
        }
        return new ListRequest(page, size, order, sortParam, after, given);
    }

    /** The default order of this listing, used when no sort parameter was given. */
    public SortOrder defaultOrder() {
        return sortOrder(defaultSort);
    }

    /** Builds an order from explicit keys (e.g. search relevance), still ending with the id. */
    public SortOrder order(String name, List<SortKey> keys, boolean descending) {
        List<SortKey> all = new java.util.ArrayList<>(keys);
        all.add(id);
        return new SortOrder(name, List.copyOf(all), descending);
    }

    private SortOrder sortOrder(String param) {
        boolean descending = param.startsWith("-");
        String name = descending ? param.substring(1) : param;
        List<SortKey> keys = sorts.get(name);
        if (keys == null) {
            throw ApiException.badParameter("sort", "unknown sort field; accepted: "
                    + String.join(", ", sorts.keySet().stream().sorted().toList()) + " (prefix - for descending)");
        }
        return order(param, keys, descending);
    }

    private List<String> accepted() {
        Set<String> all = new HashSet<>(filters);
        if (paged) {
            all.addAll(PAGING);
        }
        return all.stream().sorted().toList();
    }

    private static int number(MultivaluedMap<String, String> query, String name, int fallback, int min, int max) {
        String value = query.getFirst(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a whole number");
        }
    }

    /** Collects the accepted parameters of one listing. */
    public static final class Builder {
        private final SortKey id;
        private final Set<String> filters = new HashSet<>();
        private final Set<String> repeatable = new HashSet<>();
        private final Map<String, List<SortKey>> sorts = new LinkedHashMap<>();
        private String defaultSort;
        private boolean paged = true;

        private Builder(SortKey id) {
            this.id = id;
        }

        public Builder filter(String name) {
            filters.add(name);
            return this;
        }

        public Builder repeatableFilter(String name) {
            repeatable.add(name);
            return filter(name);
        }

        public Builder sort(String name, SortKey... keys) {
            sorts.put(name, List.of(keys));
            return this;
        }

        /** For fixed-size answers such as feeds: page, size, sort and after are then unknown parameters. */
        public Builder unpaged() {
            this.paged = false;
            return this;
        }

        public Builder defaultSort(String sort) {
            this.defaultSort = sort;
            return this;
        }

        public ListSpec build() {
            return new ListSpec(this);
        }
    }
}
