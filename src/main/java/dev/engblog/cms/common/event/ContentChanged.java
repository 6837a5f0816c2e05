package dev.engblog.cms.common.event;

import java.util.UUID;

/**
 * Something readers or integrations may care about changed: fired by the feature that made the
 * change, inside its transaction, and observed (for example by webhooks and the newsletter) in that
 * same transaction, so whatever they record commits or rolls back with the change.
 *
 * @param event    what happened, as {@code type.action} (e.g. {@code post.published}, {@code tag.created})
 * @param id       the changed item's id
 * @param current  the item as it is now, in its API shape; null after a delete
 * @param previous the item before the change; null for a creation
 */
public record ContentChanged(String event, UUID id, Object current, Object previous) {
}
