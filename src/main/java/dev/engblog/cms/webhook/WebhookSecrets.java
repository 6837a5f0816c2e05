package dev.engblog.cms.webhook;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing secrets: generated at random, shown to the admin once, stored encrypted with AES-GCM as
 * {@code v1.<key id>.<base64 of iv and ciphertext>}. The key id names the key, so keys rotate: new
 * rows use CMS_WEBHOOKS_ENCRYPTION_KEY, rows written under a key listed in
 * CMS_WEBHOOKS_OLD_ENCRYPTION_KEYS stay readable. Production refuses to start without a key; dev mode
 * and tests derive one from the JWT signing key, which also reads rows written before key ids existed.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1.";

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final Optional<SecretKeySpec> derived;

    public WebhookSecrets(WebhookConfig config, @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKey) {
        this.derived = signKey.flatMap(WebhookSecrets::derive);
        if (config.encryptionKey().isPresent()) {
            currentId = add(config.encryptionKey().get(), "CMS_WEBHOOKS_ENCRYPTION_KEY");
        } else if (LaunchMode.current() != LaunchMode.NORMAL && derived.isPresent()) {
            currentId = id(derived.get().getEncoded());
            keys.put(currentId, derived.get());
        } else {
            throw new IllegalStateException("CMS_WEBHOOKS_ENCRYPTION_KEY is not set: production needs a key to encrypt webhook "
                    + "signing secrets with (base64 of 32 random bytes, e.g. from: openssl rand -base64 32)");
        }
        for (String old : config.oldEncryptionKeys().orElse(List.of())) {
            add(old, "CMS_WEBHOOKS_OLD_ENCRYPTION_KEYS");
        }
    }

    /** Makes a missing or malformed key a start-up error rather than a failure at the first webhook. */
    void check(@Observes StartupEvent start) {
        keys.size();
    }

    /** A new secret: "whsec_" and 32 random bytes in hex. */
    public String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    public String encrypt(String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + currentId + "." + Base64.getEncoder().encodeToString(concat(iv, sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        SecretKeySpec key;
        String sealed;
        if (stored.startsWith(PREFIX)) {
            int dot = stored.indexOf('.', PREFIX.length());
            String id = dot < 0 ? "" : stored.substring(PREFIX.length(), dot);
            key = keys.get(id);
            if (key == null) {
                throw new IllegalStateException("the webhook secret was encrypted with key " + id
                        + ", which is neither CMS_WEBHOOKS_ENCRYPTION_KEY nor in CMS_WEBHOOKS_OLD_ENCRYPTION_KEYS");
            }
            sealed = stored.substring(dot + 1);
        } else {
            key = derived.orElseThrow(() -> new IllegalStateException("a webhook secret from before key ids needs the JWT signing key"));
            sealed = stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret cannot be decrypted (was its key changed?)", e);
        }
    }

    private String add(String base64, String variable) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " is not valid base64");
        }
        if (material.length != 32) {
            throw new IllegalStateException(variable + " must be 32 bytes (base64 of 32 random bytes), not " + material.length);
        }
        String id = id(material);
        keys.put(id, new SecretKeySpec(material, "AES"));
        return id;
    }

    /** A key's id: the first 8 hex digits of the SHA-256 of the key, so it names the key without revealing it. */
    private static String id(byte[] material) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(material)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<SecretKeySpec> derive(String location) {
        try {
            byte[] material = MessageDigest.getInstance("SHA-256")
                    .digest(concat("engblog-webhook-secrets:".getBytes(StandardCharsets.UTF_8), read(location)));
            return Optional.of(new SecretKeySpec(material, "AES"));
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(String location) throws IOException {
        if (location.startsWith("file:")) {
            return Files.readAllBytes(Path.of(location.substring(5)));
        }
        String resource = location.startsWith("classpath:") ? location.substring(10) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(location));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
