package dev.engblog.cms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Encryption keys rotate: ciphertexts name their key, old keys stay readable, unknown ones fail clearly. */
class WebhookSecretsTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String KEY_2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    static WebhookConfig config(String key, List<String> old) {
        return new WebhookConfig() {
            public boolean allowPrivateTargets() {
                return false;
            }

            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            public int maxAttempts() {
                return 6;
            }

            public Duration retryBase() {
                return Duration.ofSeconds(30);
            }

            public String pollInterval() {
                return "5s";
            }

            public Set<Integer> extraPorts() {
                return Set.of();
            }

            public Duration lease() {
                return Duration.ofMinutes(5);
            }

            public Optional<String> encryptionKey() {
                return Optional.ofNullable(key);
            }

            public Optional<List<String>> oldEncryptionKeys() {
                return old.isEmpty() ? Optional.empty() : Optional.of(old);
            }
        };
    }

    @Test
    void aRotatedKeyStillReadsOldRowsWhileNewRowsUseTheNewKey() {
        WebhookSecrets before = new WebhookSecrets(config(KEY_1, List.of()), Optional.empty());
        String oldRow = before.encrypt("whsec_old");
        WebhookSecrets after = new WebhookSecrets(config(KEY_2, List.of(KEY_1)), Optional.empty());
        assertEquals("whsec_old", after.decrypt(oldRow));
        String newRow = after.encrypt("whsec_new");
        assertNotEquals(oldRow.split("\\.")[1], newRow.split("\\.")[1], "each ciphertext names its key");
        assertTrue(newRow.matches("v1\\.[0-9a-f]{8}\\.[A-Za-z0-9+/=]+"), newRow);
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> new WebhookSecrets(config(KEY_2, List.of()), Optional.empty()).decrypt(oldRow));
        assertTrue(unknown.getMessage().contains(oldRow.split("\\.")[1]), unknown.getMessage());
    }

    @Test
    void aMalformedKeyIsAClearStartUpError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new WebhookSecrets(config(Base64.getEncoder().encodeToString(new byte[16]), List.of()), Optional.empty()));
        assertTrue(e.getMessage().contains("CMS_WEBHOOKS_ENCRYPTION_KEY must be 32 bytes"), e.getMessage());
    }

    @Test
    void refusesTargetsThatTunnelToPrivateAddressesOrUseOddPorts() {
        for (String url : List.of("http://[64:ff9b::a00:1]/", "http://[64:ff9b:1::a00:1]/", "http://[2002:a00:1::1]/",
                "http://[::a00:1]/", "http://[2001:0:4136:e378::1]/", "http://[fd12:3456::1]/", "http://[::ffff:127.0.0.1]/",
                "http://93.184.215.14:22/", "https://93.184.215.14:25/")) {
            assertNotNull(TargetGuard.refusal(url, false), url + " must be refused");
        }
        assertNull(TargetGuard.refusal("https://93.184.215.14/", false));
        assertNull(TargetGuard.refusal("http://93.184.215.14:8080/", false));
        assertNull(TargetGuard.refusal("http://93.184.215.14:25/", false, Set.of(25)), "an operator may allow a low port");
        TargetGuard.Vetted vetted = TargetGuard.vet("https://93.184.215.14/hook", false, Set.of());
        assertEquals("93.184.215.14", vetted.address().getHostAddress(), "the vetted address is the one connected to");
        assertEquals(443, vetted.port());
    }
}
