package dev.engblog.cms.preview;

import dev.engblog.cms.common.api.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Preview link rows, in SQL. */
@ApplicationScoped
public class PreviewRepository {

    private final EntityManager em;

    public PreviewRepository(EntityManager em) {
        this.em = em;
    }

    void insert(UUID id, UUID postId, String tokenHash, UUID createdBy, Instant createdAt, Instant expiresAt) {
        em.createNativeQuery("""
                        insert into preview_link (id, post_id, token_hash, created_by, created_at, expires_at)
                        values (:id, :post, :hash, :by, :created, :expires)""")
                .setParameter("id", id).setParameter("post", postId).setParameter("hash", tokenHash).setParameter("by", createdBy)
                .setParameter("created", createdAt).setParameter("expires", expiresAt).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<PreviewLinkResponse> list(UUID postId, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, created_by, created_at, expires_at, revoked_at from preview_link
                         where post_id = :post order by created_at desc, id desc limit 100""")
                .setParameter("post", postId).getResultList();
        return rows.stream().map(r -> {
            Instant expires = SortKey.toInstant(r[3]);
            Instant revoked = SortKey.toInstant(r[4]);
            return new PreviewLinkResponse((UUID) r[0], postId, (UUID) r[1], SortKey.toInstant(r[2]), expires, revoked,
                    revoked == null && expires.isAfter(now));
        }).toList();
    }

    /** Revokes the link; false when the post has no such link. */
    boolean revoke(UUID postId, UUID linkId) {
        return em.createNativeQuery("update preview_link set revoked_at = coalesce(revoked_at, now()) where id = :id and post_id = :post")
                .setParameter("id", linkId).setParameter("post", postId).executeUpdate() == 1;
    }

    /** The post a live link shows (database clock decides expiry). */
    Optional<UUID> postOf(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("""
                        select post_id from preview_link where token_hash = :hash and revoked_at is null and expires_at > now()""")
                .setParameter("hash", tokenHash).getResultList();
        return rows.stream().findFirst();
    }
}
