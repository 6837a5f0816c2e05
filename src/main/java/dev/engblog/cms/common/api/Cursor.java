package dev.engblog.cms.common.api;

import dev.engblog.cms.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code after} token: the sort key values of the last row of a page plus a fingerprint of
 * the sort and filters it was made under, followed by a checksum so an edited token is refused (400).
 * It carries only positions in a listing the caller may already see, so it needs no secret.
 */
public final class Cursor {

    private static final char SEP = '\u001f';
    private static final String NULL = "\u0000";

    private Cursor() {
    }

    public static String encode(String fingerprint, SortOrder order, List<Object> values) {
        StringBuilder payload = new StringBuilder(fingerprint);
        for (int i = 0; i < values.size(); i++) {
            String text = order.keys().get(i).kind().encode(values.get(i));
            payload.append(SEP).append(text == null ? NULL : text);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(bytes) + "." + b64.encodeToString(checksum(bytes));
    }

    /** The typed key values, or a 400 naming {@code after} when the token is damaged or from another listing. */
    public static List<Object> decode(String token, String fingerprint, SortOrder order) {
        try {
            int dot = token.indexOf('.');
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] bytes = b64.decode(token.substring(0, dot));
            if (!MessageDigest.isEqual(checksum(bytes), b64.decode(token.substring(dot + 1)))) {
                throw invalid("it was altered");
            }
            List<String> parts = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split(String.valueOf(SEP), -1));
            if (!parts.get(0).equals(fingerprint)) {
                throw invalid("it was made for another sort or filter");
            }
            if (parts.size() != order.keys().size() + 1) {
                throw invalid("it does not match this sort");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < order.keys().size(); i++) {
                String text = parts.get(i + 1);
                values.add(NULL.equals(text) ? null : order.keys().get(i).kind().decode(text));
            }
            return values;
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid("it is not a cursor this API issued");
        }
    }

    private static ApiException invalid(String why) {
        return ApiException.badParameter("after", "invalid cursor: " + why);
    }

    private static byte[] checksum(byte[] bytes) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
