package dev.engblog.cms.common.text;

import dev.engblog.cms.common.error.ApiException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses: trimmed, the domain lowercased (the local part is the mailbox owner's), validated. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private Emails() {
    }

    /** The normal form, without validation (for lookups). */
    public static String normalise(String email) {
        String trimmed = email == null ? "" : email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    /** The normal form of a valid address, or 400 naming the field. */
    public static String valid(String email, String field) {
        String normal = normalise(email);
        if (normal.length() > 254 || !SHAPE.matcher(normal).matches()) {
            throw ApiException.invalid(field, "must be a valid email address");
        }
        return normal;
    }
}
