package dev.engblog.cms.author;

import jakarta.annotation.Nullable;
import java.util.UUID;

/** An author as named inside a post (the first is the byline). */
public record AuthorRef(UUID id, String slug, String name, @Nullable String avatarUrl) {
}
