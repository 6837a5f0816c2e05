package dev.engblog.cms.user;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.engblog.cms.common.error.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Argon2id hashes (password4j): 19 MiB of memory, 2 passes, 1 lane, the OWASP minimum, which costs
 * about 50-100 ms here. Passwords need 12 characters and must not be among the most common ones.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Verified against when the email is unknown, so both answers cost the same. */
    private static final String DUMMY = hash("dummy-password-for-timing");
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(ARGON2);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of a real check, for unknown accounts. */
    public static void burnCheck(String password) {
        matches(password, DUMMY);
    }

    /** 400 naming the field unless the password is long enough and not a common one. */
    public static void requireStrong(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ApiException.invalid(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw ApiException.invalid(field, "must have at most " + MAX_LENGTH + " characters");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalid(field, "is one of the most common passwords; choose another");
        }
    }

    private static Set<String> load() {
        try (var in = Passwords.class.getResourceAsStream("/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
