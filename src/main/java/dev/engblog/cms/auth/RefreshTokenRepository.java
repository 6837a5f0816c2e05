package dev.engblog.cms.auth;

import dev.engblog.cms.common.api.SortKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh token queries; the state changes are single conditional updates, safe under races. */
@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    Optional<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Marks the token used if nobody did before; false means it was already used (a replay). */
    boolean markUsed(UUID id, Instant now) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null", now, id) == 1;
    }

    /** Serialises the transactions that touch one login until they end (refresh, logout). */
    void lockFamily(UUID familyId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('refresh-family:' || cast(:family as text)))")
                .setParameter("family", familyId).getSingleResult();
    }

    /** A token's state read afresh from the database, past anything this session holds. */
    record State(Instant usedAt, Instant revokedAt, Instant expiresAt) {
    }

    State state(UUID id) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("select used_at, revoked_at, expires_at from refresh_token where id = :id")
                .setParameter("id", id).getSingleResult();
        return new State(SortKey.toInstant(row[0]), SortKey.toInstant(row[1]), SortKey.toInstant(row[2]));
    }

    void revokeFamily(UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public void revokeAllOf(UUID userId, Instant now) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }
}
