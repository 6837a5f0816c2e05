package dev.engblog.cms.common.api;

import dev.engblog.cms.common.error.ApiException;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties of one resource's answers and the SQL columns each is read from, so a request can
 * narrow an item ({@code fields=title,slug}) or add optional parts ({@code include=bodyHtml}) and the
 * query reads only those: every column no chosen property needs is a {@code null} literal under the
 * same alias, so the statement, its mapping and its count stay the same whatever is asked.
 */
public final class Fields {

    /** The parameter that narrows items to some properties. */
    public static final String FIELDS = "fields";
    /** The parameter that adds optional properties. */
    public static final String INCLUDE = "include";
    /** The most names one parameter may list (there are never more properties than this). */
    private static final int MAX_NAMES = 40;

    private final Map<String, String> columns;
    private final List<String> order;
    private final Map<String, List<String>> properties;
    private final Set<String> optional;
    private final Map<String, List<String>> shorthands;

    private Fields(Builder b) {
        this.columns = Map.copyOf(b.columns);
        this.order = List.copyOf(b.columns.keySet());
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.optional = Set.copyOf(b.optional);
        this.shorthands = Map.copyOf(b.shorthands);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every property name, in the order answers carry them. */
    public Set<String> names() {
        return properties.keySet();
    }

    /** The properties read only when asked for (by {@code include} or by name in {@code fields}). */
    public Set<String> optionalNames() {
        return optional;
    }

    /** What {@code include} accepts: the optional properties, the default ones (a no-op) and shorthands such as {@code body}. */
    public List<String> includable() {
        List<String> names = new ArrayList<>(shorthands.keySet());
        names.addAll(properties.keySet());
        return names.stream().filter(n -> !n.equals("id")).sorted().toList();
    }

    /** What an answer carries when nothing is asked: every property but the optional ones. */
    public Selection defaults() {
        Set<String> names = new LinkedHashSet<>(properties.keySet());
        names.removeAll(optional);
        return new Selection(this, names, false);
    }

    /**
     * The properties a request asks for: without {@code fields} the defaults, with it only those named
     * (and {@code id}, always); {@code include} adds to either. Unknown names are a 400 naming the
     * parameter and the property, listing what is accepted. Either parameter may be null.
     */
    public Selection select(String fields, String include) {
        Set<String> names;
        if (fields == null) {
            names = defaults().properties();
        } else {
            names = new LinkedHashSet<>();
            names.add("id");
            for (String name : split(FIELDS, fields)) {
                if (!properties.containsKey(name)) {
                    throw ApiException.badParameter(FIELDS, "unknown property '" + name + "'; accepted: "
                            + String.join(", ", properties.keySet().stream().sorted().toList()));
                }
                names.add(name);
            }
        }
        if (include != null) {
            for (String name : split(INCLUDE, include)) {
                if (shorthands.containsKey(name)) {
                    names.addAll(shorthands.get(name));
                } else if (properties.containsKey(name) && !name.equals("id")) {
                    names.add(name);
                } else {
                    throw ApiException.badParameter(INCLUDE, "unknown property '" + name + "'; accepted: " + String.join(", ", includable()));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        properties.keySet().stream().filter(names::contains).forEach(ordered::add);
        return new Selection(this, ordered, fields != null);
    }

    /** A number column of a row, 0 when the request did not ask for its property (a null literal was read). */
    public static long number(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<String> split(String param, String value) {
        String[] parts = value.split(",", -1);
        if (value.length() > 1000 || parts.length > MAX_NAMES) {
            throw ApiException.badParameter(param, "lists at most " + MAX_NAMES + " property names");
        }
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw ApiException.badParameter(param, "must be property names separated by commas, without empty ones");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * The properties one request asked for.
     *
     * @param narrowed whether {@code fields} named them, so answers carry only these (and not every
     *                 property of the documented shape)
     */
    public record Selection(Fields fields, Set<String> properties, boolean narrowed) {

        public boolean has(String property) {
            return properties.contains(property);
        }

        /** The same selection but for one property, whose columns are then not read. */
        public Selection without(String property) {
            Set<String> rest = new LinkedHashSet<>(properties);
            rest.remove(property);
            return new Selection(fields, rest, narrowed);
        }

        /** The select list: each column a chosen property needs, every other one as a null literal under its alias. */
        public String sql() {
            return sql(Map.of());
        }

        /** The select list with some columns read by other SQL (and read whatever was chosen). */
        public String sql(Map<String, String> replaced) {
            Set<String> needed = new LinkedHashSet<>(replaced.keySet());
            properties.forEach(p -> needed.addAll(fields.properties.get(p)));
            StringBuilder sql = new StringBuilder();
            for (String alias : fields.order) {
                if (!sql.isEmpty()) {
                    sql.append(", ");
                }
                String column = replaced.getOrDefault(alias, fields.columns.get(alias));
                sql.append(needed.contains(alias) ? column : "null").append(" as ").append(alias);
            }
            return sql.toString();
        }
    }

    /** Collects the columns (SQL and alias) and the properties read from them. */
    public static final class Builder {
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final Map<String, List<String>> properties = new LinkedHashMap<>();
        private final Set<String> optional = new LinkedHashSet<>();
        private final Map<String, List<String>> shorthands = new LinkedHashMap<>();

        private Builder() {
        }

        /** A column, read as {@code sql as alias}. */
        public Builder column(String alias, String sql) {
            columns.put(alias, sql);
            return this;
        }

        /** A property answered by default, read from one column of its own. */
        public Builder field(String name, String alias, String sql) {
            return column(alias, sql).property(name, alias);
        }

        /** A property answered by default, read from these column aliases. */
        public Builder property(String name, String... aliases) {
            for (String alias : aliases) {
                if (!columns.containsKey(alias)) {
                    throw new IllegalArgumentException("no column " + alias + " for " + name);
                }
            }
            properties.put(name, List.of(aliases));
            return this;
        }

        /** A property answered only when asked for by {@code include} or {@code fields}. */
        public Builder optional(String name, String... aliases) {
            optional.add(name);
            return property(name, aliases);
        }

        /** A name {@code include} accepts for several properties ({@code body} for both bodies). */
        public Builder shorthand(String name, String... names) {
            shorthands.put(name, List.of(names));
            return this;
        }

        public Fields build() {
            if (!properties.containsKey("id")) {
                throw new IllegalStateException("every resource answers its id");
            }
            return new Fields(this);
        }
    }
}
