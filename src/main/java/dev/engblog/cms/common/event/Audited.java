package dev.engblog.cms.common.event;

import java.util.UUID;

/**
 * A write the audit log must record that is not a content change ({@link ContentChanged} covers posts
 * and taxonomies): accounts, logins, webhooks, subscribers, settings, links. Fired by the feature in its
 * transaction (or with none, for a refused login), observed by {@code audit/}.
 *
 * @param action     {@code type.verb}, e.g. {@code user.created}, {@code auth.login_failed}
 * @param targetType what was acted on, e.g. {@code user}
 * @param targetId   its id (or, for an unknown account, the address tried); may be null
 * @param before     its API shape before (null for a creation); secrets are never part of it
 * @param after      its API shape after (null for a deletion)
 * @param actor      who acted, when not the request's signed-in caller (a login); usually null
 */
public record Audited(String action, String targetType, String targetId, Object before, Object after, UUID actor) {

    public Audited(String action, String targetType, Object targetId, Object before, Object after) {
        this(action, targetType, targetId == null ? null : targetId.toString(), before, after, null);
    }
}
