package dev.engblog.cms.ghost;

import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.ghost.Nql.Condition;
import dev.engblog.cms.ghost.Nql.Kind;
import dev.engblog.cms.ghost.Nql.NqlException;
import dev.engblog.cms.ghost.Nql.Op;
import dev.engblog.cms.ghost.Nql.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An NQL tree as one SQL condition with every value bound as a parameter (never spliced into the
 * text), over a resource's rows: posts aliased {@code p}, tags and authors aliased {@code x}. Relation
 * properties ({@code tag}, {@code author}, ...) are existence tests, so {@code tag:a+tag:b} means posts
 * carrying both tags. A property or operator the resource does not have is an {@link NqlException}.
 */
final class GhostFilter {

    enum Type { TEXT, BOOL, TIME, ID, CONSTANT }

    /** A property: its SQL, type, and for relations the condition with {@code %s} for the slug list. */
    record Field(String sql, Type type, boolean relation) {
        static Field column(String sql, Type type) {
            return new Field(sql, type, false);
        }

        static Field relation(String sql) {
            return new Field(sql, Type.TEXT, true);
        }
    }

    private static final String TAGGED = "(exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id"
            + " and t.slug in (%1$s)) or p.category_id in (select c.id from category c where c.slug in (%1$s)))";
    private static final String PRIMARY_TAG = "(p.category_id in (select c.id from category c where c.slug in (%1$s))"
            + " or p.category_id is null and (select t.slug from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id"
            + " order by t.name, t.id limit 1) in (%1$s))";
    private static final String AUTHORED = "exists (select 1 from post_author pa join author a on a.id = pa.author_id"
            + " where pa.post_id = p.id and a.slug in (%1$s))";
    private static final String PRIMARY_AUTHOR = "(select a.slug from post_author pa join author a on a.id = pa.author_id"
            + " where pa.post_id = p.id order by pa.sort_order limit 1) in (%1$s)";

    static final Map<String, Field> POSTS = new TreeMap<>(Map.ofEntries(
            Map.entry("id", Field.column("p.id", Type.ID)),
            Map.entry("slug", Field.column("p.slug", Type.TEXT)),
            Map.entry("title", Field.column("p.title", Type.TEXT)),
            Map.entry("featured", Field.column("p.featured", Type.BOOL)),
            Map.entry("published_at", Field.column("p.published_at", Type.TIME)),
            Map.entry("created_at", Field.column("p.created_at", Type.TIME)),
            Map.entry("updated_at", Field.column("p.updated_at", Type.TIME)),
            Map.entry("visibility", Field.column("'public'", Type.CONSTANT)),
            Map.entry("status", Field.column("'published'", Type.CONSTANT)),
            Map.entry("tag", Field.relation(TAGGED)),
            Map.entry("tags", Field.relation(TAGGED)),
            Map.entry("tags.slug", Field.relation(TAGGED)),
            Map.entry("primary_tag", Field.relation(PRIMARY_TAG)),
            Map.entry("primary_tag.slug", Field.relation(PRIMARY_TAG)),
            Map.entry("author", Field.relation(AUTHORED)),
            Map.entry("authors", Field.relation(AUTHORED)),
            Map.entry("authors.slug", Field.relation(AUTHORED)),
            Map.entry("primary_author", Field.relation(PRIMARY_AUTHOR)),
            Map.entry("primary_author.slug", Field.relation(PRIMARY_AUTHOR))));

    static final Map<String, Field> TAGS = new TreeMap<>(Map.of(
            "id", Field.column("x.id", Type.ID),
            "slug", Field.column("x.slug", Type.TEXT),
            "name", Field.column("x.name", Type.TEXT),
            "visibility", Field.column("'public'", Type.CONSTANT)));

    static final Map<String, Field> AUTHORS = new TreeMap<>(Map.of(
            "id", Field.column("x.id", Type.ID),
            "slug", Field.column("x.slug", Type.TEXT),
            "name", Field.column("x.name", Type.TEXT)));

    private final Map<String, Field> fields;
    private final Where where = new Where();
    private int params;

    private GhostFilter(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The filter as a condition over the resource's rows; no filter is no condition. */
    static Where of(String filter, Map<String, Field> fields) {
        if (filter == null || filter.isBlank()) {
            return new Where();
        }
        GhostFilter f = new GhostFilter(fields);
        return f.where.and(f.sql(Nql.parse(filter)));
    }

    private String sql(Nql.Node node) {
        if (node instanceof Nql.And and) {
            return and.parts().stream().map(this::sql).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (node instanceof Nql.Or or) {
            return or.parts().stream().map(this::sql).collect(Collectors.joining(" or ", "(", ")"));
        }
        return condition((Condition) node);
    }

    private String condition(Condition c) {
        Field field = fields.get(c.field());
        if (field == null) {
            throw new NqlException("unknown property '" + c.field() + "'; this resource filters on " + String.join(", ", fields.keySet()));
        }
        if (field.relation()) {
            if (c.op() != Op.EQ && c.op() != Op.IN) {
                throw new NqlException("'" + c.field() + "' takes only ':value' or ':[a,b]'");
            }
            List<Object> slugs = new ArrayList<>();
            for (Value v : c.values()) {
                if (v.kind() == Kind.NULL) {
                    throw new NqlException("'" + c.field() + ":null' is not supported");
                }
                slugs.add(v.text());
            }
            String sql = field.sql().formatted(bind(slugs));
            return c.negated() ? "not " + sql : sql;
        }
        String column = field.sql();
        if (c.op() == Op.IN) {
            List<Object> values = new ArrayList<>();
            for (Value v : c.values()) {
                values.add(typed(c.field(), field.type(), v));
            }
            String in = column + " in (" + bind(values) + ")";
            return c.negated() ? "not coalesce(" + in + ", false)" : in;
        }
        Value v = c.value();
        if (v.kind() == Kind.NULL) {
            if (c.op() != Op.EQ) {
                throw new NqlException("'" + c.field() + "' compares with null only by ':null' or ':-null'");
            }
            return column + (c.negated() ? " is not null" : " is null");
        }
        return switch (c.op()) {
            case EQ -> column + (c.negated() ? " is distinct from " : " = ") + bind(typed(c.field(), field.type(), v));
            case GT, GTE, LT, LTE -> {
                if (c.negated() || field.type() == Type.BOOL || field.type() == Type.ID || field.type() == Type.CONSTANT) {
                    throw new NqlException("'" + c.field() + "' cannot be compared with " + symbol(c.op()) + (c.negated() ? " after '-'" : ""));
                }
                yield column + " " + symbol(c.op()) + " " + bind(typed(c.field(), field.type(), v));
            }
            case CONTAINS, STARTS_WITH, ENDS_WITH -> {
                if (field.type() != Type.TEXT) {
                    throw new NqlException("'" + c.field() + "' is not text: '~' does not apply");
                }
                String escaped = v.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                String pattern = (c.op() == Op.STARTS_WITH ? "" : "%") + escaped + (c.op() == Op.ENDS_WITH ? "" : "%");
                yield (c.negated() ? "not " : "") + column + " ilike " + bind(pattern);
            }
            case IN -> throw new IllegalStateException();
        };
    }

    private static String symbol(Op op) {
        return switch (op) {
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
            default -> op.name();
        };
    }

    private String bind(Object value) {
        String name = "nql" + params++;
        where.param(name, value);
        return ":" + name;
    }

    private static Object typed(String field, Type type, Value v) {
        return switch (type) {
            case TEXT, CONSTANT -> {
                if (v.kind() == Kind.NULL) {
                    throw new NqlException("'" + field + "' cannot be null in a list");
                }
                yield v.text();
            }
            case BOOL -> switch (v.kind()) {
                case TRUE -> true;
                case FALSE -> false;
                default -> throw new NqlException("'" + field + "' is true or false, not '" + v.text() + "'");
            };
            case ID -> {
                try {
                    yield UUID.fromString(v.text());
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new NqlException("'" + v.text() + "' is not an id");
                }
            }
            case TIME -> instant(field, v.text());
        };
    }

    /** Ghost's date forms: {@code 2024-05-01}, {@code '2024-05-01 10:00:00'} (UTC), or ISO-8601 with an offset. */
    static Instant instant(String field, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String iso = text.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new NqlException("'" + field + "' needs a date such as '2024-05-01' or '2024-05-01 10:00:00', not '" + text + "'");
        }
    }
}
