package dev.engblog.cms.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One issued refresh token, known only by its hash. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "used_at")
    public Instant usedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
}
