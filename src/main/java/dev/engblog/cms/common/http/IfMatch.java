package dev.engblog.cms.common.http;

import dev.engblog.cms.common.error.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency from the If-Match header. It names the version the client last saw, as the
 * ETag we sent ({@code W/"v3-…"}). A stale value is a 412 before anything changes; the version
 * column then makes the database refuse the second of two writes that raced with the same value.
 */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"v(\\d{1,18})(?:-[0-9a-f]*)?\"$");

    private IfMatch() {
    }

    /** The version the header names, or null when the client sent none (or {@code *}). */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(header.trim());
        if (!m.matches()) {
            throw ApiException.preconditionFailed();
        }
        return Long.parseLong(m.group(1));
    }

    /** 412 unless the header is absent or names the current version. */
    public static void check(String header, long currentVersion) {
        Long expected = version(header);
        if (expected != null && expected != currentVersion) {
            throw ApiException.preconditionFailed();
        }
    }
}
