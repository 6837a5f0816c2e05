package dev.engblog.cms.apikey;

import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API key rows: the admin view, and the one lookup by secret hash every key use makes (with the creator's
 * account, read in the same statement: a key acts for its creator as the account is now).
 */
@ApplicationScoped
public class ApiKeyRepository {

    private static final String COLUMNS = "id, name, kind, role, prefix, array_to_string(allowed_origins, ','), created_by,"
            + " created_at, expires_at, revoked_at, last_used_at, version";

    private final EntityManager em;

    public ApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * What a use of a key needs: whether it is live by the database clock (and its creator's account still
     * active), when it was last recorded, and the creator's role and author profile of the moment.
     */
    record Live(UUID id, ApiKeyKind kind, Role role, UUID createdBy, List<String> origins, boolean live, Instant lastUsedAt,
                Role creatorRole, UUID creatorAuthorId) {
    }

    List<ApiKeyResponse> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from api_key order by created_at, id").getResultList();
        return rows.stream().map(ApiKeyRepository::response).toList();
    }

    Optional<ApiKeyResponse> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from api_key where id = :id").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(ApiKeyRepository::response);
    }

    void insert(UUID id, ApiKeyRequest r, String hash, String prefix, UUID createdBy) {
        em.createNativeQuery("""
                        insert into api_key (id, name, kind, role, secret_hash, prefix, allowed_origins, created_by, created_at, expires_at)
                        values (:id, :name, :kind, :role, :hash, :prefix, string_to_array(:origins, ','), :by, now(), :expires)""")
                .setParameter("id", id).setParameter("name", r.name().strip()).setParameter("kind", r.kind().name().toUpperCase())
                .setParameter("role", r.role() == null ? null : r.role().name()).setParameter("hash", hash).setParameter("prefix", prefix)
                .setParameter("origins", r.allowedOrigins() == null ? "" : String.join(",", r.allowedOrigins()))
                .setParameter("by", createdBy).setParameter("expires", r.expiresAt())
                .executeUpdate();
    }

    /** Marks the key revoked (once: a second revoke keeps the first time). */
    int revoke(UUID id) {
        return em.createNativeQuery("update api_key set revoked_at = coalesce(revoked_at, now()), version = version + 1 where id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** A new secret for a key that is not revoked; the old one stops working with this statement. */
    int rotate(UUID id, String hash, String prefix) {
        return em.createNativeQuery("""
                        update api_key set secret_hash = :hash, prefix = :prefix, version = version + 1
                         where id = :id and revoked_at is null""")
                .setParameter("id", id).setParameter("hash", hash).setParameter("prefix", prefix).executeUpdate();
    }

    Optional<Live> byHash(String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select k.id, k.kind, k.role, k.created_by, array_to_string(k.allowed_origins, ','),
                               k.revoked_at is null and (k.expires_at is null or k.expires_at > now()) and not u.disabled,
                               k.last_used_at, u.role, u.author_id
                          from api_key k join users u on u.id = k.created_by
                         where k.secret_hash = :hash""")
                .setParameter("hash", hash).getResultList();
        return rows.stream().findFirst().map(row -> new Live((UUID) row[0], ApiKeyKind.valueOf(row[1].toString().toLowerCase()),
                row[2] == null ? null : Role.valueOf(row[2].toString()), (UUID) row[3], origins(row[4]), (Boolean) row[5],
                row[6] == null ? null : SortKey.toInstant(row[6]), Role.valueOf(row[7].toString()), (UUID) row[8]));
    }

    /** Records a use; at most once a minute per key, so a busy key does not write on every request. */
    @Transactional
    void touch(UUID id) {
        em.createNativeQuery("update api_key set last_used_at = now() where id = :id"
                        + " and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .setParameter("id", id).executeUpdate();
    }

    private static List<String> origins(Object joined) {
        return joined == null || joined.toString().isEmpty() ? List.of() : Arrays.asList(joined.toString().split(","));
    }

    private static ApiKeyResponse response(Object[] row) {
        return new ApiKeyResponse((UUID) row[0], (String) row[1], ApiKeyKind.valueOf(row[2].toString().toLowerCase()),
                row[3] == null ? null : Role.valueOf(row[3].toString()), (String) row[4], origins(row[5]), (UUID) row[6],
                SortKey.toInstant(row[7]), row[8] == null ? null : SortKey.toInstant(row[8]),
                row[9] == null ? null : SortKey.toInstant(row[9]), row[10] == null ? null : SortKey.toInstant(row[10]),
                ((Number) row[11]).longValue(), null);
    }
}
