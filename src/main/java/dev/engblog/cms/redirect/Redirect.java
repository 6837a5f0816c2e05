package dev.engblog.cms.redirect;

import java.time.Instant;

/**
 * A retired slug and where it leads now.
 *
 * @param kind     post, category, tag or author
 * @param from     the old slug
 * @param to       the item's current slug (chains are collapsed: always one hop)
 * @param location the API path of the item under its current slug
 * @param movedAt  when the item last moved
 */
public record Redirect(String kind, String from, String to, String location, Instant movedAt) {
}
