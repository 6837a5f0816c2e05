package dev.engblog.cms.auth;

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

    void revokeFamily(UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public void revokeAllOf(UUID userId, Instant now) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }
}
