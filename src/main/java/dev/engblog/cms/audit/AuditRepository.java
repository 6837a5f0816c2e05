package dev.engblog.cms.audit;

import dev.engblog.cms.common.api.Lister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** Audit rows, in SQL: inserted, completed by the same transaction at most, never changed afterwards. */
@ApplicationScoped
public class AuditRepository {

    static final Lister.Source ROWS = new Lister.Source("audit_log", "l", "",
            "l.id, l.at, l.actor_id, l.actor_role, l.action, l.target_type, l.target_id, l.changes::text as changes_json, "
                    + "l.related::text as related_json, l.client_address, l.request_id");

    private final EntityManager em;

    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    void insert(UUID id, Instant at, UUID actorId, String actorRole, String action, String targetType, String targetId,
                String changes, String clientAddress, String requestId) {
        em.createNativeQuery("""
                        insert into audit_log (id, at, actor_id, actor_role, action, target_type, target_id, changes, client_address, request_id)
                        values (:id, :at, :actor, :role, :action, :type, :target, cast(:changes as jsonb), :address, :request)""")
                .setParameter("id", id).setParameter("at", at).setParameter("actor", actorId).setParameter("role", actorRole)
                .setParameter("action", action).setParameter("type", targetType).setParameter("target", targetId)
                .setParameter("changes", changes).setParameter("address", clientAddress).setParameter("request", requestId)
                .executeUpdate();
    }

    /**
     * A later event of the same write becomes the row's subject (the last one is the write itself: a post
     * after the tag it created, an account after its author profile); the earlier subject moves to related.
     */
    void fold(UUID id, String action, String targetType, String targetId, String changes, UUID actor) {
        em.createNativeQuery("""
                        update audit_log set related = related || jsonb_build_array(jsonb_build_object(
                                                 'action', action, 'targetType', target_type, 'targetId', target_id)),
                               action = :action, target_type = :type, target_id = :target, changes = cast(:changes as jsonb),
                               actor_id = coalesce(cast(:actor as uuid), actor_id)
                         where id = :id""")
                .setParameter("action", action).setParameter("type", targetType).setParameter("target", targetId)
                .setParameter("changes", changes).setParameter("actor", actor).setParameter("id", id).executeUpdate();
    }
}
