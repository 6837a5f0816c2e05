package dev.engblog.cms.audit;

import jakarta.annotation.Nullable;

/** One changed field: its value before and after, as text (JSON for structured values, long text shortened). */
public record AuditChange(@Nullable String before, @Nullable String after) {
}
