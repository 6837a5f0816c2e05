package dev.engblog.cms.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The list envelope: one page of items, where it sits, and links to its neighbours. */
public record Page<T>(List<T> data, Meta meta, Links links) {

    /** Totals are left out of pages reached with a cursor; {@code nextCursor} is null on the last page. */
    public record Meta(
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
            int size,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalPages,
            @Nullable String nextCursor) {
    }

    public record Links(String self, @Nullable String next, @Nullable String prev) {
    }

    /** A collection small enough to answer whole: one page holding every item, no neighbours. */
    public static <T> Page<T> whole(List<T> items, UriInfo uri) {
        return new Page<>(items, new Meta(1, Math.max(items.size(), 1), (long) items.size(), items.isEmpty() ? 0 : 1, null),
                new Links(uri.getRequestUri().toString(), null, null));
    }
}
