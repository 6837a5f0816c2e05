package dev.engblog.cms.redirect;

import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.db.PublicPosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Slug history rows, in SQL. */
@ApplicationScoped
public class RedirectRepository {

    static final Lister.Source ROWS = new Lister.Source("slug_redirect", "r", "",
            "r.id, r.kind, r.old_slug, r.new_slug, r.updated_at");
    /** A redirect is public while its item is: always for taxonomies, for a post while the post is public. */
    static final String PUBLIC = "(r.kind <> 'post' or exists (select 1 from post p where p.id = r.target_id and "
            + PublicPosts.SQL + "))";

    private final EntityManager em;

    public RedirectRepository(EntityManager em) {
        this.em = em;
    }

    /** The item owns this slug now: a redirect from it would hide the item. */
    void release(String kind, String slug) {
        em.createNativeQuery("delete from slug_redirect where kind = :kind and old_slug = :slug")
                .setParameter("kind", kind).setParameter("slug", slug).executeUpdate();
    }

    /** Records old -> new for the item and points every older slug of it at the new one (chains collapse). */
    void move(String kind, UUID target, String oldSlug, String newSlug, Instant at) {
        em.createNativeQuery("""
                        insert into slug_redirect (id, kind, old_slug, target_id, new_slug, created_at, updated_at)
                        values (:id, :kind, :old, :target, :new, :at, :at)
                        on conflict (kind, old_slug) do update set target_id = excluded.target_id, new_slug = excluded.new_slug,
                                                                   updated_at = excluded.updated_at""")
                .setParameter("id", UUID.randomUUID()).setParameter("kind", kind).setParameter("old", oldSlug)
                .setParameter("target", target).setParameter("new", newSlug).setParameter("at", at).executeUpdate();
        em.createNativeQuery("update slug_redirect set new_slug = :new, updated_at = :at where target_id = :target and kind = :kind and new_slug <> :new")
                .setParameter("new", newSlug).setParameter("at", at).setParameter("target", target).setParameter("kind", kind)
                .executeUpdate();
    }

    /** The item is gone: its old slugs lead nowhere. */
    void forget(String kind, UUID target) {
        em.createNativeQuery("delete from slug_redirect where kind = :kind and target_id = :target")
                .setParameter("kind", kind).setParameter("target", target).executeUpdate();
    }

    Optional<Tuple> find(String kind, String slug) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select r.kind, r.old_slug, r.new_slug, r.updated_at from slug_redirect r "
                        + "where r.kind = :kind and r.old_slug = :slug and " + PUBLIC, Tuple.class)
                .setParameter("kind", kind).setParameter("slug", slug).getResultList();
        return rows.stream().findFirst();
    }

    static Instant movedAt(Tuple row) {
        return SortKey.toInstant(row.get("updated_at"));
    }
}
