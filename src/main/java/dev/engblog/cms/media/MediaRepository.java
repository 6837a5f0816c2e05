package dev.engblog.cms.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Media queries, and who uses an image (posts by cover, authors by avatar). */
@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    /** Makes uploads and deletes of the same content take turns (for this transaction). */
    void lockContent(String sha256) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('media:' || :sha))")
                .setParameter("sha", sha256).getSingleResult();
    }

    /** The posts and authors that show this image, as "post 'Title'" and "author 'Name'" (at most 10). */
    @SuppressWarnings("unchecked")
    List<String> usedBy(UUID id) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        (select 'post', title, slug from post where cover_media_id = :id order by slug limit 10)
                        union all (select 'author', name, slug from author where avatar_media_id = :id order by slug limit 10)""")
                .setParameter("id", id).getResultList();
        return rows.stream().map(r -> r[0] + " '" + r[1] + "' (" + r[2] + ")").toList();
    }
}
