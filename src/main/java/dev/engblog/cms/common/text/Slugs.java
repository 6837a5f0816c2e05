package dev.engblog.cms.common.text;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/** URL slugs: any script transliterated to lowercase ASCII words joined by hyphens. */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 120;
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private Slugs() {
    }

    /** {@code "Ракеты & 火箭: Scaling!"} becomes {@code "rakety-huo-jian-scaling"}; may be empty for emoji-only text. */
    public static String from(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text == null ? "" : text);
        }
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
