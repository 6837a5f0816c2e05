package dev.engblog.cms.category;

import java.util.UUID;

/** A category as named inside a post. */
public record CategoryRef(UUID id, String slug, String name) {
}
