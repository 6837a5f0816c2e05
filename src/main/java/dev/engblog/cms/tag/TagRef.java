package dev.engblog.cms.tag;

import java.util.UUID;

/** A tag as named inside a post. */
public record TagRef(UUID id, String slug, String name) {
}
