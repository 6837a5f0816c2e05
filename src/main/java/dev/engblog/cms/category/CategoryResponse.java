package dev.engblog.cms.category;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import jakarta.persistence.Tuple;
import java.util.UUID;

/** A category with the number of published posts filed under it. */
public record CategoryResponse(UUID id, String slug, String name, @Nullable String description, long postCount, long version)
        implements Versioned {

    public static CategoryResponse from(Tuple row) {
        return new CategoryResponse(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                row.get("description", String.class), Fields.number(row, "post_count"), Fields.number(row, "version"));
    }
}
