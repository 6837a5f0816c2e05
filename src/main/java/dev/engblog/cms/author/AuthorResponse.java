package dev.engblog.cms.author;

import dev.engblog.cms.common.http.Versioned;
import dev.engblog.cms.media.MediaLinks;
import dev.engblog.cms.media.MediaRef;
import jakarta.annotation.Nullable;
import jakarta.persistence.Tuple;
import java.util.UUID;

/** An author's public profile with the number of published posts they wrote. */
public record AuthorResponse(UUID id, String slug, String name, @Nullable String bio, @Nullable String avatarUrl,
                             @Nullable MediaRef avatar, @Nullable String websiteUrl, long postCount, long version) implements Versioned {

    static AuthorResponse from(Tuple row, MediaLinks media) {
        return new AuthorResponse(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                row.get("bio", String.class), row.get("avatar_url", String.class), media.embed(row.get("avatar_json", String.class)),
                row.get("website_url", String.class), ((Number) row.get("post_count")).longValue(), ((Number) row.get("version")).longValue());
    }
}
