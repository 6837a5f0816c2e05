package dev.engblog.cms.common.api;

import dev.engblog.cms.common.error.ApiException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path keys: ids must be UUIDs (400 otherwise); a slug that cannot exist is simply not found. */
public final class Keys {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG = 200;

    private Keys() {
    }

    public static UUID id(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw ApiException.badParameter("id", "must be a UUID");
        }
        return UUID.fromString(text);
    }

    public static String slug(String text, String what) {
        if (text == null || text.length() > MAX_SLUG || !SLUG.matcher(text).matches()) {
            throw ApiException.notFound(what);
        }
        return text;
    }
}
