package dev.engblog.cms.common.api;

import dev.engblog.cms.common.error.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A validated list request: paging, the requested order (null for the listing's default) and filters. */
public record ListRequest(int page, int size, SortOrder sort, String sortParam, String after, Map<String, List<String>> filters) {

    public int offset() {
        return (page - 1) * size;
    }

    public String filter(String name) {
        List<String> values = filters.get(name);
        return values == null ? null : values.get(0);
    }

    public List<String> filterValues(String name) {
        return filters.getOrDefault(name, List.of());
    }

    /**
     * Ties a cursor to this sort and these filters, so it cannot be replayed under others; which
     * properties the items carry ({@code fields}, {@code include}) does not change the walk.
     */
    public String fingerprint() {
        Map<String, List<String>> walk = new java.util.LinkedHashMap<>(filters);
        walk.keySet().removeAll(List.of(Fields.FIELDS, Fields.INCLUDE));
        return Integer.toHexString((String.valueOf(sortParam) + '|' + walk).hashCode());
    }

    public Boolean booleanFilter(String name) {
        String value = filter(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter(name, "must be true or false");
        };
    }

    /** An ISO-8601 instant ({@code 2026-05-28T09:00:00Z}) or a date, read as midnight UTC. */
    public Instant instantFilter(String name) {
        String value = filter(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "must be an ISO-8601 date-time in UTC (2026-05-28T09:00:00Z) or a date (2026-05-28)");
        }
    }

    /** A short text filter, bounded so no one can send megabytes or NUL bytes into a query. */
    public String textFilter(String name, int maxLength) {
        String value = filter(name);
        return value == null ? null : checkedText(name, value, maxLength);
    }

    /** All values of a repeatable text filter, each checked like {@link #textFilter}. */
    public List<String> textFilters(String name, int maxValues, int maxLength) {
        List<String> values = filterValues(name);
        if (values.size() > maxValues) {
            throw ApiException.badParameter(name, "may be given at most " + maxValues + " times");
        }
        return values.stream().map(v -> checkedText(name, v, maxLength)).toList();
    }

    private static String checkedText(String name, String value, int maxLength) {
        if (value.isBlank()) {
            throw ApiException.badParameter(name, "must not be empty");
        }
        if (value.length() > maxLength || value.indexOf('\0') >= 0) {
            throw ApiException.badParameter(name, "must be at most " + maxLength + " characters of text");
        }
        return value.trim();
    }
}
