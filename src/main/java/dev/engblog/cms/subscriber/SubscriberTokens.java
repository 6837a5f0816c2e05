package dev.engblog.cms.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Random newsletter tokens, made when a mail is sent and stored only as SHA-256 hashes. */
@ApplicationScoped
public class SubscriberTokens {

    enum Purpose { CONFIRM, UNSUBSCRIBE }

    /** A stored token: whose, what for, until when, and whether it was used. */
    record Stored(UUID subscriberId, Purpose purpose, Instant expiresAt, Instant usedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final EntityManager em;

    public SubscriberTokens(EntityManager em) {
        this.em = em;
    }

    /** A new token; only its hash is kept. */
    String issue(UUID subscriberId, Purpose purpose, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("""
                        insert into subscriber_token (token_hash, subscriber_id, purpose, created_at, expires_at)
                        values (:hash, :subscriber, :purpose, now(), :expires)""")
                .setParameter("hash", hash(token)).setParameter("subscriber", subscriberId)
                .setParameter("purpose", purpose.name()).setParameter("expires", expiresAt)
                .executeUpdate();
        return token;
    }

    Optional<Stored> find(String token, Purpose purpose) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select subscriber_id, expires_at, used_at from subscriber_token
                         where token_hash = :hash and purpose = :purpose""")
                .setParameter("hash", hash(token)).setParameter("purpose", purpose.name()).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((UUID) r[0], purpose,
                dev.engblog.cms.common.api.SortKey.toInstant(r[1]), dev.engblog.cms.common.api.SortKey.toInstant(r[2])));
    }

    /** Marks the token used; false when it was used before (single use, race-safe). */
    boolean use(String token) {
        return em.createNativeQuery("update subscriber_token set used_at = now() where token_hash = :hash and used_at is null")
                .setParameter("hash", hash(token)).executeUpdate() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
