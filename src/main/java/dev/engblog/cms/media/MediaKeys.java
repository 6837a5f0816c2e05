package dev.engblog.cms.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of stored files: {@code <sha256 of the upload>/<variant>.<ext>}, where the variant is
 * {@code original} or one of the derived widths. Made from a hash and fixed names only.
 */
final class MediaKeys {

    /** The derived widths, each made only when the original is wider. */
    static final int[] WIDTHS = {300, 600, 1000, 2000};
    static final String ORIGINAL = "original";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FILE = Pattern.compile("(original|w300|w600|w1000|w2000)\\.(jpg|png)");

    private MediaKeys() {
    }

    static String key(String sha256, String variant, String ext) {
        return sha256 + "/" + variant + "." + ext;
    }

    /** The variants an image of this width has: the original and each smaller width. */
    static List<String> variants(int width) {
        List<String> all = new ArrayList<>();
        all.add(ORIGINAL);
        for (int w : WIDTHS) {
            if (w < width) {
                all.add("w" + w);
            }
        }
        return all;
    }

    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** A file name as the files endpoint takes it ({@code w600.jpg}). */
    static boolean isFile(String text) {
        return text != null && FILE.matcher(text).matches();
    }

    static boolean isKey(String key) {
        int slash = key.indexOf('/');
        return slash > 0 && isSha256(key.substring(0, slash)) && isFile(key.substring(slash + 1));
    }

    static String ext(String mimeType) {
        return "image/png".equals(mimeType) ? "png" : "jpg";
    }

    static String mimeType(String ext) {
        return "png".equals(ext) ? "image/png" : "image/jpeg";
    }
}
