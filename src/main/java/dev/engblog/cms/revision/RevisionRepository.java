package dev.engblog.cms.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.post.PostStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Revision rows, in SQL: they are written and read whole, never as managed entities. */
@ApplicationScoped
public class RevisionRepository {

    static final Lister.Source SUMMARIES = new Lister.Source("post_revision", "r", "",
            "r.id, r.number, r.title, r.status, r.user_id, r.restored_from, r.created_at, r.updated_at");

    private final EntityManager em;
    private final ObjectMapper json;

    public RevisionRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The newest revision of a post, locked: the post's row lock already orders writers, this orders the rest. */
    Optional<Latest> latest(UUID postId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, user_id, status, restored_from, updated_at from post_revision
                         where post_id = :post order by number desc limit 1 for update""")
                .setParameter("post", postId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Latest((UUID) r[0], (UUID) r[1], PostStatus.valueOf((String) r[2]), r[3] != null,
                SortKey.toInstant(r[4])));
    }

    record Latest(UUID id, UUID userId, PostStatus status, boolean restore, Instant updatedAt) {
    }

    void insert(UUID postId, RevisionContent content, UUID userId, Integer restoredFrom, Instant at) {
        em.createNativeQuery("""
                        insert into post_revision (id, post_id, number, title, status, content, user_id, restored_from, created_at, updated_at)
                        select :id, :post, coalesce(max(number), 0) + 1, :title, :status, cast(:content as jsonb), cast(:user as uuid),
                               cast(:restored as integer), :at, :at
                          from post_revision where post_id = :post""")
                .setParameter("id", UUID.randomUUID()).setParameter("post", postId).setParameter("title", content.title())
                .setParameter("status", content.status().name()).setParameter("content", write(content))
                .setParameter("user", userId).setParameter("restored", restoredFrom).setParameter("at", at)
                .executeUpdate();
    }

    void overwrite(UUID revisionId, RevisionContent content, Instant at) {
        em.createNativeQuery("update post_revision set title = :title, content = cast(:content as jsonb), updated_at = :at where id = :id")
                .setParameter("title", content.title()).setParameter("content", write(content)).setParameter("at", at)
                .setParameter("id", revisionId).executeUpdate();
    }

    /** Keeps the newest {@code keep} revisions of the post and every published one. */
    int prune(UUID postId, int keep) {
        return em.createNativeQuery("""
                        delete from post_revision where post_id = :post and status <> 'PUBLISHED'
                           and number < (select min(number) from (select number from post_revision where post_id = :post
                                                                   order by number desc limit :keep) newest)""")
                .setParameter("post", postId).setParameter("keep", keep).executeUpdate();
    }

    Optional<RevisionResponse> find(UUID postId, int number) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        select number, title, status, user_id, restored_from, created_at, updated_at, content::text as content
                          from post_revision where post_id = :post and number = :number""", Tuple.class)
                .setParameter("post", postId).setParameter("number", number).getResultList();
        return rows.stream().findFirst().map(row -> new RevisionResponse(postId, ((Number) row.get("number")).intValue(),
                row.get("title", String.class), PostStatus.valueOf(row.get("status", String.class)), row.get("user_id", UUID.class),
                row.get("restored_from") == null ? null : ((Number) row.get("restored_from")).intValue(),
                SortKey.toInstant(row.get("created_at")), SortKey.toInstant(row.get("updated_at")),
                read(row.get("content", String.class))));
    }

    static RevisionSummary summary(Tuple row) {
        return new RevisionSummary(((Number) row.get("number")).intValue(), row.get("title", String.class),
                PostStatus.valueOf(row.get("status", String.class)), row.get("user_id", UUID.class),
                row.get("restored_from") == null ? null : ((Number) row.get("restored_from")).intValue(),
                SortKey.toInstant(row.get("created_at")), SortKey.toInstant(row.get("updated_at")));
    }

    private String write(RevisionContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision content is not writable as JSON", e);
        }
    }

    private RevisionContent read(String text) {
        try {
            return json.readValue(text, RevisionContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable revision content", e);
        }
    }
}
