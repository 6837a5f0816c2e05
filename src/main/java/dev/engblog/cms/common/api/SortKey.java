package dev.engblog.cms.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** One column of an ORDER BY: the SQL expression and how its values travel inside a cursor. */
public record SortKey(String sql, Kind kind) {

    /** The value types a sort key can have; each knows how to write itself into a cursor and read back. */
    public enum Kind {
        TIMESTAMP, TEXT, INTEGER, REAL, UUID;

        Object decode(String text) {
            try {
                return switch (this) {
                    case TIMESTAMP -> text == null ? null : Instant.parse(text);
                    case TEXT -> text;
                    case INTEGER -> Long.valueOf(text);
                    case REAL -> Float.valueOf(text);
                    case UUID -> java.util.UUID.fromString(text);
                };
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad cursor value", e);
            }
        }

        String encode(Object value) {
            if (value == null) {
                return null;
            }
            if (this == TIMESTAMP) {
                return toInstant(value).toString();
            }
            return value.toString();
        }
    }

    public static SortKey timestamp(String sql) {
        return new SortKey(sql, Kind.TIMESTAMP);
    }

    public static SortKey text(String sql) {
        return new SortKey(sql, Kind.TEXT);
    }

    public static SortKey integer(String sql) {
        return new SortKey(sql, Kind.INTEGER);
    }

    public static SortKey real(String sql) {
        return new SortKey(sql, Kind.REAL);
    }

    public static SortKey id(String sql) {
        return new SortKey(sql, Kind.UUID);
    }

    /** JDBC drivers and Hibernate hand timestamps back in several shapes; the API speaks Instant. */
    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("not a timestamp: " + value.getClass().getSimpleName(), e);
        }
    }
}
