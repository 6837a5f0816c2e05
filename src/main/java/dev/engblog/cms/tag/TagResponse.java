package dev.engblog.cms.tag;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import jakarta.persistence.Tuple;
import java.util.UUID;

/** A tag with the number of published posts carrying it. */
public record TagResponse(UUID id, String slug, String name, @Nullable String description, long postCount, long version)
        implements Versioned {

    public static TagResponse from(Tuple row) {
        return new TagResponse(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                row.get("description", String.class), Fields.number(row, "post_count"), Fields.number(row, "version"));
    }
}
