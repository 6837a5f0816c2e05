package dev.engblog.cms.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The list envelope: one page of items, where it sits, and links to its neighbours. */
public record Page<T>(List<T> data, Meta meta, Links links) {

    /** Totals are left out of pages reached with a cursor; {@code nextCursor} is null on the last page. */
    public record Meta(
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
            int size,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalPages,
            String nextCursor) {
    }

    public record Links(String self, String next, String prev) {
    }
}
